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
import { readActors } from "./read-actors.js";
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

/** `leverage actors`: reads the actors, runs the model (and a Monte Carlo if inputs are uncertain). */
export async function runActorsCommand(opts: ActorsOptions): Promise<void> {
  const { set, uncertain, settings: fromFile, file } = readActors(opts);
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
  const central = centralActors(set);
  const result = info.run(central, settings);
  let monteCarlo: ActorsMonteCarlo | undefined;
  if (uncertain) {
    const seed = resolveSeed(opts.seed);
    monteCarlo = runActorsMonteCarlo(set, opts.model, settings, opts.draws, seed);
  }
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
    printJson({ input: file, scenario: set.name, modelName: info.name, ...result, monteCarlo });
    return;
  }
  printTrajectory(result, info.name, set.name, monteCarlo);
  if (opts.svg) process.stdout.write(`Chart written to ${opts.svg}\n`);
}
