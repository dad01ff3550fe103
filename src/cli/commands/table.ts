import type { Command } from "@commander-js/extra-typings";
import { TABLE, THREADS } from "../../app/limits.js";
import { seedArg, wholeNumberIn } from "../options.js";

/** Registers `leverage table`: the bargaining game's strategies compared side by side. */
export function register(program: Command): void {
  program
    .command("table")
    .description(
      "Bargaining table: deal, delay or breakdown under each strategy (deadline, snapback, strike, INARA)",
    )
    .requiredOption(
      "--config <file>",
      "the game and its strategies (see scenarios/vienna-2021-table.yaml)",
    )
    .option(
      "--samples <n>",
      "Monte Carlo draws per strategy",
      wholeNumberIn(TABLE.samples),
      TABLE.samples.default,
    )
    .option("--seed <n>", "random seed (default: drawn and printed)", seedArg)
    .option("--threads <n>", "worker threads (0 = run in this thread)", wholeNumberIn(THREADS))
    .option(
      "--tornado-samples <n>",
      "draws per tornado bar end (0 = no tornado)",
      wholeNumberIn(TABLE.tornadoSamples),
      TABLE.tornadoSamples.default,
    )
    .option("--tornado-for <name>", "the strategy whose tornado is drawn (default: the first)")
    .option("--json", "print JSON")
    .option("--svg-dir <dir>", "write all three charts into this folder")
    .option("--svg-outcomes <file>", "write the outcome probabilities per strategy")
    .option("--svg-tornado <file>", "write the tornado of P(deal by date)")
    .option("--svg-deal-by-week <file>", "write P(deal) against week")
    .action(async (opts) => {
      const { runTableCommand } = await import("../table/run-table-command.js");
      await runTableCommand(opts);
    });
}
