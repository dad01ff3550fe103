// The options of a breakout estimate, as one zod schema for the CLI's flags and the API's JSON.
// The assumption options keep the CLI's text forms ("upTo60=20-30", "4-7"), which inputs.ts then
// checks for values and ranges.
import { z } from "zod";
import { intSetting, type Surface, seedField } from "../fields.js";
import { BREAKOUT } from "../limits.js";
import type { BreakoutOptions } from "./inputs.js";

/** A value may come as a JSON number or as text ("7", 7, "1-6"). */
const text = z
  .union([z.string().max(200), z.number()], { error: 'expected a number or text such as "1-6"' })
  .transform(String);
const list = z.array(z.string().max(200)).max(50);
/** Fields that accept one string or a list (the repeatable flags). */
const oneOrMany = z.union(
  [
    z
      .string()
      .max(200)
      .transform((s) => [s]),
    list,
  ],
  { error: "expected text or a list of texts" },
);
/** A comma-separated list, or a JSON list of its items. */
const commaList = (max: number) =>
  z.union([z.string().max(max), list.transform((l) => l.join(","))], {
    error: "expected comma-separated text or a list of texts",
  });

/** The assumptions a user can change (the CLI's flags, camelCased). */
export const BREAKOUT_OPTIONS_SCHEMA = z.strictObject({
  stocks: commaList(200).optional(),
  stock: oneOrMany.optional(),
  fleet: oneOrMany.optional(),
  addMachines: oneOrMany.optional(),
  sites: commaList(500).optional(),
  enrichingOnly: z.boolean().optional(),
  machine: oneOrMany.optional(),
  tails: oneOrMany.optional(),
  assay: oneOrMany.optional(),
  heuCascades: text.optional(),
  efficiency: oneOrMany.optional(),
  setupDays: text.optional(),
  reconfigurationDays: text.optional(),
  uptime: text.optional(),
  target: z.enum(["wgu25", "sq"]).optional(),
  naturalKg: text.optional(),
  capacityBasis: z
    .enum(["larger", "counts", "production"], {
      error: "capacityBasis: expected larger, counts or production",
    })
    .optional(),
}) satisfies z.ZodType<BreakoutOptions, unknown>;

const report = z.string().min(1).max(40);

/** One report's estimate (or the user's own state when `report` is absent). */
export function breakoutRequestSchema(surface: Surface) {
  return z.strictObject({
    report: report.optional(),
    options: BREAKOUT_OPTIONS_SCHEMA.default({}),
    samples: intSetting(BREAKOUT.samples, surface),
    seed: seedField(surface),
    quantities: intSetting(BREAKOUT.quantities, surface),
    alternativeSamples: intSetting(BREAKOUT.alternativeSamples, surface),
  });
}

/** The body of POST /api/breakout. */
export const BREAKOUT_BODY_SCHEMA = breakoutRequestSchema("api");
export type BreakoutBody = z.output<typeof BREAKOUT_BODY_SCHEMA>;

/** `leverage breakout`: the request plus a projection on the trend, in months. */
export const BREAKOUT_CLI_SCHEMA = breakoutRequestSchema("cli").extend({
  projectMonths: intSetting(BREAKOUT.projectMonths, "cli"),
});
export type BreakoutRequest = z.output<typeof BREAKOUT_CLI_SCHEMA>;
