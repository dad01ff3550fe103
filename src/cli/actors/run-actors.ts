import { writeFileSync } from "node:fs";
import {
  ACTOR_MODELS,
  type ActorModelId,
  type ActorModelSettings,
  type ActorsMonteCarlo,
  centralActors,
  runActorsMonteCarlo,
} from "../../core/index.js";
import { printJson } from "../output.js";
import { resolveSeed } from "../seed.js";
import { printTrajectory } from "./print-trajectory.js";
import { type ReadActors, readActors } from "./read-actors.js";
import { parseSettingFlags } from "./settings-flags.js";

export interface ActorsOptions {
  model: ActorModelId;
  ktabCsv?: string;
  csv?: string;
  config?: string;
  json?: boolean;
  svg?: string;
  rounds?: number;
  draws: number;
  seed?: number;
  smp?: string[];
  bdm?: string[];
}

/** The options that shape a model run (the command's flags, or the API's body). */
export type ActorsRunOptions = Pick<
  ActorsOptions,
  "model" | "rounds" | "draws" | "seed" | "smp" | "bdm"
>;

/** Runs the model on read actors, and a Monte Carlo if their inputs are uncertain. */
export function actorsRun(read: ReadActors, opts: ActorsRunOptions) {
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

/** The command's JSON (`--json`) for a run of `actorsRun`. */
export function actorsJson(read: ReadActors, run: ReturnType<typeof actorsRun>) {
  const { info, result, monteCarlo } = run;
  return { input: read.file, scenario: read.set.name, modelName: info.name, ...result, monteCarlo };
}

/** `leverage actors`: reads the actors, runs the model (and a Monte Carlo if inputs are uncertain). */
export async function runActorsCommand(opts: ActorsOptions): Promise<void> {
  const read = readActors(opts);
  const { set, file } = read;
  const run = actorsRun(read, opts);
  const { info, result, monteCarlo } = run;
  if (opts.svg) {
    const [{ actorsTrajectoryChart }, { nodeDocument }] = await Promise.all([
      import("../../charts/actors-trajectory.js"),
      import("../../charts/node-document.js"),
    ]);
    const svg = actorsTrajectoryChart(
      result,
      { source: `${file}; ${info.name} (${info.source})`, scenario: set.name },
      nodeDocument(),
    );
    writeFileSync(opts.svg, svg);
  }
  if (opts.json) {
    printJson(actorsJson(read, run));
    return;
  }
  printTrajectory(result, info.name, set.name, monteCarlo);
  if (opts.svg) process.stdout.write(`Chart written to ${opts.svg}\n`);
}
