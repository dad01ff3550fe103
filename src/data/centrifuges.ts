// Loader for data/centrifuges.json: output per machine (SWU/yr ranges) and cascade sizes by type.
import { z } from "zod";
import type { MachineTypeRecord } from "../core/index.js";
import { readDataFile } from "./data-file.js";
import { MACHINE_TYPES, type MachineTypeKey } from "./fleet-keys.js";
import { dataVersion, httpUrl, nonEmptyText } from "./schema-parts.js";

const swu = z.number().positive({ error: "must be > 0 SWU/yr" }).nullable();

const machineTypeSchema = z
  .strictObject({
    machineType: z.enum(MACHINE_TYPES, { error: `must be one of ${MACHINE_TYPES.join(", ")}` }),
    swuPerYearLow: swu,
    swuPerYearHigh: swu,
    observed: nonEmptyText.optional(),
    machinesPerCascade: z.int().positive().nullable(),
    cascadeSizes: z
      .array(
        z.strictObject({
          site: nonEmptyText,
          machines: z.int().positive(),
          basis: nonEmptyText,
          source: httpUrl,
        }),
      )
      .optional(),
    basis: nonEmptyText,
    sources: z.array(httpUrl).min(1, { error: "needs at least one source URL" }),
  })
  .refine((t) => (t.swuPerYearLow === null) === (t.swuPerYearHigh === null), {
    error: "swuPerYearLow and swuPerYearHigh are both numbers or both null",
    path: ["swuPerYearHigh"],
  })
  .refine(
    (t) =>
      t.swuPerYearLow === null || t.swuPerYearHigh === null || t.swuPerYearLow <= t.swuPerYearHigh,
    {
      error: "swuPerYearLow must not exceed swuPerYearHigh",
      path: ["swuPerYearLow"],
    },
  );

const _contract: z.ZodType<MachineTypeRecord> = machineTypeSchema;
void _contract;

const centrifugesFileSchema = z
  .strictObject({
    dataVersion,
    description: nonEmptyText,
    machineTypes: z.array(machineTypeSchema),
  })
  .superRefine((file, ctx) => {
    const present = new Set(file.machineTypes.map((t) => t.machineType));
    for (const key of MACHINE_TYPES) {
      if (!present.has(key))
        ctx.addIssue({ code: "custom", path: ["machineTypes"], message: `missing type "${key}"` });
    }
    if (present.size !== file.machineTypes.length) {
      ctx.addIssue({
        code: "custom",
        path: ["machineTypes"],
        message: "a machine type appears twice",
      });
    }
  });

/** All machine types. A null SWU range means "unknown: the user must give one". */
export function loadMachineTypes(): { dataVersion: string; machineTypes: MachineTypeRecord[] } {
  const file = readDataFile("centrifuges.json", centrifugesFileSchema);
  return { dataVersion: file.dataVersion, machineTypes: file.machineTypes };
}

/** One machine type by key ("IR-6"), or an error listing the known keys. */
export function findMachineType(
  key: string,
): { ok: true; machineType: MachineTypeRecord } | { ok: false; error: string } {
  const found = loadMachineTypes().machineTypes.find((t) => t.machineType === key);
  if (found) return { ok: true, machineType: found };
  return { ok: false, error: `unknown machine type "${key}"; known: ${MACHINE_TYPES.join(", ")}` };
}

export type { MachineTypeKey };
