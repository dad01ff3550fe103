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
import type { Surface } from "../fields.js";
import { count, WORK } from "../limits.js";
import { resolveSeed } from "../seed.js";
import { UserError } from "../user-error.js";
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

/**
 * Refuses, before any work, an input too large for `surface`: too many actors or dimensions, or
 * (with uncertain inputs) too many draws × actors × dimensions. The message says which and how much.
 */
export function checkActorsSize(read: ReadActors, draws: number, surface: Surface): void {
  const actors = read.set.actors.length;
  const dimensions = read.set.dimensions.length;
  const over = (what: string, value: number, limit: number, field: string) =>
    new UserError(
      `${what} is ${count(value)}; at most ${count(limit)} ${surface === "api" ? "per request" : "are allowed"}`,
      { field, status: 422 },
    );
  if (actors > WORK.actors[surface])
    throw over("the number of actors", actors, WORK.actors[surface], "actors");
  if (dimensions > WORK.dimensions[surface])
    throw over("the number of dimensions", dimensions, WORK.dimensions[surface], "dimensions");
  if (actors * dimensions > WORK.actorCells[surface])
    throw over(
      `actors × dimensions (${actors} × ${dimensions})`,
      actors * dimensions,
      WORK.actorCells[surface],
      "actors",
    );
  const cells = draws * actors * dimensions;
  if (read.uncertain && cells > WORK.actorDrawCells[surface])
    throw over(
      `draws × actors × dimensions (${draws} × ${actors} × ${dimensions})`,
      cells,
      WORK.actorDrawCells[surface],
      "draws",
    );
}

/** The forecast must be finite: inputs of extreme size (a capability of 1e308) overflow the models. */
function checkFinite(values: number[], what: string): void {
  if (values.every(Number.isFinite)) return;
  throw new UserError(
    `the ${what} is not a finite number (${values.map(String).join(", ")}): an input is too large or too small for the model; keep capabilities, positions and saliences to ordinary sizes`,
    { field: "", status: 422 },
  );
}

/**
 * Runs the model on read actors, and a Monte Carlo if their inputs are uncertain, after checking
 * the input's size against the limits of `surface`.
 */
export function actorsRun(read: ReadActors, opts: ActorsRequest, surface: Surface = "cli") {
  checkActorsSize(read, opts.draws, surface);
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
  checkFinite(result.forecast, "forecast");
  let monteCarlo: ActorsMonteCarlo | undefined;
  if (uncertain) {
    const seed = resolveSeed(opts.seed);
    monteCarlo = runActorsMonteCarlo(set, opts.model, settings, opts.draws, seed);
    checkFinite(
      monteCarlo.forecast.flatMap((s) => [s.p5, s.p50, s.p95]),
      "Monte Carlo forecast",
    );
  }
  return { info, result, monteCarlo };
}

export type ActorsRun = ReturnType<typeof actorsRun>;

/** The JSON of a run (the CLI's `--json` and the API's answer). */
export function actorsJson(read: ReadActors, run: ActorsRun) {
  const { info, result, monteCarlo } = run;
  return { input: read.file, scenario: read.set.name, modelName: info.name, ...result, monteCarlo };
}
