import { writeFileSync } from "node:fs";
import { actorsJson, actorsRequestSchema, actorsRun } from "../../app/actors/actors.js";
import { actorsFromText, type ReadActors } from "../../app/actors/read-actors.js";
import { UserError } from "../../app/user-error.js";
import { printJson } from "../output.js";
import { parseFlags } from "../parse-flags.js";
import { readInput } from "../read-file.js";
import { printTrajectory } from "./print-trajectory.js";

export interface ActorsCommandOptions {
  model: string;
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

/** Reads the one input file the user named (--ktab-csv, --csv or --config). */
export function readActors(
  source: Pick<ActorsCommandOptions, "ktabCsv" | "csv" | "config">,
): ReadActors {
  const given = [source.ktabCsv, source.csv, source.config].filter((f) => f !== undefined);
  if (given.length !== 1)
    throw new UserError(
      "give exactly one input: --ktab-csv FILE, --csv FILE or --config FILE.yaml",
    );
  const kind = source.ktabCsv ? "ktabCsv" : source.csv ? "csv" : "config";
  const file = given[0] as string;
  return actorsFromText(kind, readInput(file), file);
}

/** `leverage actors`: reads the actors, runs the model (and a Monte Carlo if inputs are uncertain). */
export async function runActorsCommand(opts: ActorsCommandOptions): Promise<void> {
  const { model, rounds, draws, seed, smp, bdm } = opts;
  const request = parseFlags(actorsRequestSchema("cli"), { model, rounds, draws, seed, smp, bdm });
  const read = readActors(opts);
  const { set, file } = read;
  const run = actorsRun(read, request);
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
