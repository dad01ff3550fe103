// The scenario's breakout assumptions: the names of `BreakoutAssumptions` (core/breakout), each
// optional (the defaults of docs/methodology.md fill the rest), uncertain values via `uncertainField`.
import { z } from "zod";
import { noteField, uncertainField } from "../bargaining/uncertain-field.js";

export const STOCK_BANDS = ["natural", "upTo2", "upTo5", "upTo20", "upTo60"] as const;
export const ENRICHED_STOCK_BANDS = ["upTo2", "upTo5", "upTo20", "upTo60"] as const;

const band = z.enum(STOCK_BANDS);
const assay = z
  .number()
  .gt(0, "an assay is a fraction above 0")
  .lt(1, "an assay is a fraction below 1");
const swu = uncertainField({ low: 0.01, high: 100 });
const share = uncertainField({ low: 0.01, high: 1 });
const days = uncertainField({ low: 0, high: 365 });
const efficiencyPair = z.strictObject({ leu: share.optional(), heu: share.optional() });

const extraMachines = z.strictObject({
  site: z.string().min(1),
  machineType: z.string().min(1),
  machines: z.number().int().min(0).max(1_000_000),
  machinesPerCascade: z.number().int().min(1).max(1000).optional(),
  note: noteField,
});

/** The clock's assumptions in a scenario (kgU, assays as fractions, days, SWU per machine-year). */
export const SCENARIO_BREAKOUT_SCHEMA = z.strictObject({
  target: z.enum(["wgu25", "iaeaSq"]).optional(),
  stocksUsed: z.array(band).min(1, "give at least one stock band").optional(),
  naturalUraniumKgU: z.number().min(0).max(1e7).nullable().optional(),
  sites: z.array(z.string().min(1)).min(1).nullable().optional(),
  useInstalled: z.boolean().optional(),
  machineSwuPerYear: z.record(z.string(), swu).optional(),
  uptime: share.optional(),
  efficiency: z
    .strictObject({ ir1: efficiencyPair.optional(), advanced: efficiencyPair.optional() })
    .optional(),
  setupDays: days.optional(),
  reconfigurationDays: days.optional(),
  tailsRange: z
    .partialRecord(band, z.tuple([assay, assay]))
    .superRefine((ranges, ctx) => {
      for (const [key, pair] of Object.entries(ranges)) {
        if (pair && pair[0] > pair[1])
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: `low (${pair[0]}) must be ≤ high (${pair[1]})`,
          });
      }
    })
    .optional(),
  heuCascades: z.number().int().min(1).max(1000).nullable().optional(),
  stockCapsKgU: z.partialRecord(band, z.number().min(0).max(1e7)).optional(),
  bandAssays: z.partialRecord(band, assay).optional(),
  extraMachines: z.array(extraMachines).optional(),
  replaceFleet: z.boolean().optional(),
  note: noteField,
  source: z.string().optional(),
});

export type ScenarioBreakout = z.output<typeof SCENARIO_BREAKOUT_SCHEMA>;
