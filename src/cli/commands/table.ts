import type { Command } from "@commander-js/extra-typings";
import { numberIn, seedArg } from "../options.js";

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
      numberIn(1, 1_000_000, { integer: true }),
      10_000,
    )
    .option("--seed <n>", "random seed (default: drawn and printed)", seedArg)
    .option(
      "--threads <n>",
      "worker threads (0 = run in this thread)",
      numberIn(0, 64, { integer: true }),
    )
    .option(
      "--tornado-samples <n>",
      "draws per tornado bar end (0 = no tornado)",
      numberIn(0, 100_000, { integer: true }),
      500,
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
