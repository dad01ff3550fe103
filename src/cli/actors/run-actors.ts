import { type ActorsRequest, actorsJson, actorsRun } from "../../app/actors/actors-run.js";
import { actorsFromCsvText, type ReadActors } from "../../app/actors/read-csv-actors.js";
import { UserError } from "../../app/user-error.js";
import type { ActorModelId } from "../../core/actors/registry.js";
import { printJson } from "../output.js";
import { readInput } from "../read-file.js";
import { checkWritableFile, writeOutput } from "../write-file.js";
import { printTrajectory } from "./print-trajectory.js";

export interface ActorsCommandOptions {
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

/**
 * Reads the one input file the user named (--ktab-csv, --csv or --config). The YAML reader (with
 * yaml and zod) is loaded only for --config.
 */
export async function readActors(
  source: Pick<ActorsCommandOptions, "ktabCsv" | "csv" | "config">,
): Promise<ReadActors> {
  const given = [source.ktabCsv, source.csv, source.config].filter((f) => f !== undefined);
  if (given.length !== 1)
    throw new UserError(
      "give exactly one input: --ktab-csv FILE, --csv FILE or --config FILE.yaml",
    );
  const kind = source.ktabCsv ? "ktabCsv" : source.csv ? "csv" : "config";
  const file = given[0] as string;
  if (kind !== "config") return actorsFromCsvText(kind, readInput(file), file);
  const { actorsFromText } = await import("../../app/actors/read-actors.js");
  return actorsFromText(kind, readInput(file), file);
}

/** `leverage actors`: reads the actors, runs the model (and a Monte Carlo if inputs are uncertain). */
export async function runActorsCommand(opts: ActorsCommandOptions): Promise<void> {
  const { model, rounds, draws, seed, smp, bdm } = opts;
  // Commander has checked every flag against the ranges in app/limits.ts, the same ones
  // actorsRequestSchema is built from; skipping zod here keeps the command's start fast.
  const request: ActorsRequest = { model, rounds, draws, seed, smp, bdm };
  if (opts.svg !== undefined) checkWritableFile("--svg", opts.svg);
  const read = await readActors(opts);
  const { set, file } = read;
  const run = actorsRun(read, request, "cli");
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
    writeOutput("--svg", opts.svg, svg);
  }
  if (opts.json) {
    printJson(actorsJson(read, run));
    return;
  }
  printTrajectory(result, info.name, set.name, monteCarlo);
  if (opts.svg) process.stdout.write(`Chart written to ${opts.svg}\n`);
}
