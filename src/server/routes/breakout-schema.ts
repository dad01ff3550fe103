// The body of POST /api/breakout: the CLI's assumption flags in camelCase, checked here for shape
// and by the CLI's own parser (breakoutInputs) for values and ranges.
import { z } from "zod";
import type { BreakoutOptions } from "../../cli/breakout/inputs.js";
import { MAX_SEED } from "../../core/index.js";

/** A CLI value may come as a JSON number or string ("7", 7, "1-6"). */
const text = z.union([z.string().max(200), z.number()]).transform(String);
const list = z.array(z.string().max(200)).max(50);
/** Fields that accept one string or a list (sent to the CLI parser as a list). */
const oneOrMany = z.union([
  z
    .string()
    .max(200)
    .transform((s) => [s]),
  list,
]);

export const BREAKOUT_OPTIONS_SCHEMA = z.strictObject({
  stocks: z.union([z.string().max(200), list.transform((l) => l.join(","))]).optional(),
  stock: oneOrMany.optional(),
  fleet: oneOrMany.optional(),
  addMachines: oneOrMany.optional(),
  sites: z.union([z.string().max(500), list.transform((l) => l.join(","))]).optional(),
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
}) satisfies z.ZodType<BreakoutOptions, unknown>;

/** The API's default seed: the same request gives the same numbers (and can be cached). */
export const DEFAULT_SEED = 1;

export const BREAKOUT_BODY_SCHEMA = z.strictObject({
  report: z.string().min(1).max(40).optional(),
  options: BREAKOUT_OPTIONS_SCHEMA.default({}),
  samples: z.int().min(100).max(100_000).default(1000),
  seed: z.int().min(0).max(MAX_SEED).default(DEFAULT_SEED),
  quantities: z.int().min(1).max(100).default(3),
  /** Draws per alternative path; 0 gives each path's central value only. */
  alternativeSamples: z.int().min(0).max(5000).default(0),
});

export type BreakoutBody = z.output<typeof BREAKOUT_BODY_SCHEMA>;
