// The actors use case: a model (weighted mean or median, expected utility, KTAB's SMP) run on read
// actors, and a Monte Carlo over their inputs when those are uncertain.
import { z } from "zod";
import {
  ACTOR_MODELS,
  type ActorModelSettings,
  type ActorsMonteCarlo,
  centralActors,
  runActorsMonteCarlo,
} from "../../core/index.js";
import { intSetting, type Surface, seedSchema } from "../fields.js";
import { ACTORS } from "../limits.js";
import { resolveSeed } from "../seed.js";
import type { ReadActors } from "./read-actors.js";
import { parseSettingFlags } from "./settings-flags.js";

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
  });
}
export type ActorsRequest = z.output<ReturnType<typeof actorsRequestSchema>>;

/** Runs the model on read actors, and a Monte Carlo if their inputs are uncertain. */
export function actorsRun(read: ReadActors, opts: ActorsRequest) {
  const { set, uncertain, settings: fromFile } = read;
  const settings: ActorModelSettings = {
    smp: {
      ...fromFile.smp,
      ...parseSettingFlags(opts.smp, "smp"),
      ...(opts.rounds ? { maxTurns: opts.rounds } : {}),
    },
    bdm: {
      ...fromFile.bdm,
      ...parseSettingFlags(opts.bdm, "bdm"),
      ...(opts.rounds ? { maxRounds: opts.rounds } : {}),
    },
    rounds: opts.rounds,
  };
  const info = ACTOR_MODELS[opts.model];
  const result = info.run(centralActors(set), settings);
  let monteCarlo: ActorsMonteCarlo | undefined;
  if (uncertain) {
    const seed = resolveSeed(opts.seed);
    monteCarlo = runActorsMonteCarlo(set, opts.model, settings, opts.draws, seed);
  }
  return { info, result, monteCarlo };
}

export type ActorsRun = ReturnType<typeof actorsRun>;

/** The JSON of a run (the CLI's `--json` and the API's answer). */
export function actorsJson(read: ReadActors, run: ActorsRun) {
  const { info, result, monteCarlo } = run;
  return { input: read.file, scenario: read.set.name, modelName: info.name, ...result, monteCarlo };
}
