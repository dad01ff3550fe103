import type { Command } from "@commander-js/extra-typings";
import { SCENARIO_RUN, THREADS } from "../../app/limits.js";
import { seedArg, wholeNumberIn } from "../options.js";

/**
 * Registers `leverage run FILE.yaml` (check a scenario's claims and write its report) and
 * `leverage schema` (the scenario file's JSON Schema, for editor autocompletion).
 */
export function register(program: Command): void {
  program
    .command("run")
    .description("Run a scenario: check its claims, write report.html, report.md and result.json")
    .argument("<file>", "the scenario (YAML), e.g. scenarios/vienna-2021-11-29.yaml")
    .option("--out <dir>", "where to write the report (default: out/<scenario name>)")
    .option(
      "--samples <n>",
      "Monte Carlo draws (default: the scenario's)",
      wholeNumberIn(SCENARIO_RUN.samples),
    )
    .option("--seed <n>", "random seed (default: the scenario's)", seedArg)
    .option(
      "--threads <n>",
      "worker threads for the bargaining draws (0 = in process)",
      wholeNumberIn(THREADS),
    )
    .option("--json", "print the claims as JSON instead of a table")
    .option("--check", "only validate the file (no run, nothing written)")
    .action(async (file, opts) => {
      const { runCommand } = await import("../run/run-command.js");
      await runCommand(file, opts);
    });
  program
    .command("schema")
    .description("Print the JSON Schema of scenario files (or write it with --out)")
    .option("--out <file>", "write it here, e.g. schemas/scenario.schema.json")
    .action(async (opts) => {
      const { writeScenarioSchema } = await import("../run/write-scenario-schema.js");
      writeScenarioSchema(opts.out);
    });
}
