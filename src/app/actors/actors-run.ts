// The actors use case without its option schema: a model run on read actors, and a Monte Carlo
// over their inputs when those are uncertain. It imports no zod and no core barrel, so that
// `leverage actors --ktab-csv FILE` starts fast; actors.ts adds the schema the API validates with.
import {
  type ActorsMonteCarlo,
  centralActors,
  runActorsMonteCarlo,
} from "../../core/actors/monte-carlo.js";
import {
  ACTOR_MODELS,
  type ActorModelId,
  type ActorModelSettings,
} from "../../core/actors/registry.js";
import { resolveSeed } from "../seed.js";
import type { ReadActors } from "./read-csv-actors.js";
import { parseSettingFlags } from "./settings-flags.js";

/** The options that shape a model run (the command's flags, or the API's body). */
export interface ActorsRequest {
  model: ActorModelId;
  rounds?: number;
  draws: number;
  seed?: number;
  smp?: string[];
  bdm?: string[];
}

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
