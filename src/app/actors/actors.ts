// The actors use case: a model (weighted mean or median, expected utility, KTAB's SMP) run on read
// actors, and a Monte Carlo over their inputs when those are uncertain; here with the zod schema
// of its options, which the API validates with (the CLI's flags are checked by commander against
// the same ranges in limits.ts, so the command line loads actors-run.ts alone and skips zod).
import { z } from "zod";
import { intSetting, type Surface, seedSchema } from "../fields.js";
import { ACTORS } from "../limits.js";
import type { ActorsRequest } from "./actors-run.js";

export { type ActorsRequest, type ActorsRun, actorsJson, actorsRun } from "./actors-run.js";

export const ACTOR_MODEL_IDS = ["mean", "median", "bdm", "smp"] as const;

/** The options that shape a model run (the command's flags, or the API's body). */
export function actorsRequestSchema(surface: Surface) {
  const settings = z.array(z.string().max(200)).max(20).optional();
  return z.strictObject({
    model: z.enum(ACTOR_MODEL_IDS).default("smp"),
    rounds: intSetting(ACTORS.rounds, surface),
    draws: intSetting(ACTORS.draws, surface),
    // Absent: a fresh seed, recorded in the output (also in the API).
    seed: seedSchema.optional(),
    smp: settings,
    bdm: settings,
  }) satisfies z.ZodType<ActorsRequest, unknown>;
}
