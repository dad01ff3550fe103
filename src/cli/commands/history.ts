import type { Command } from "@commander-js/extra-typings";
import type { HistoryCommandOptions } from "../history/run-history.js";
import { numberIn, seedArg } from "../options.js";
import { assumptionOptions } from "./breakout.js";

/** Registers `leverage history`: the breakout estimate for every IAEA report in the data. */
export function register(program: Command): void {
  assumptionOptions(
    program
      .command("history")
      .description("Breakout time for every IAEA report in the data, with its band and a chart"),
  )
    .option(
      "--samples <n>",
      "Monte Carlo draws per report",
      numberIn(100, 1_000_000, { integer: true }),
      2000,
    )
    .option("--seed <n>", "random seed (default: drawn and printed)", seedArg)
    .option("--json", "print JSON")
    .option("--csv", "print CSV")
    .option("--svg <file>", "write the chart of breakout time against date")
    .action(async (opts) => {
      const { runHistory } = await import("../history/run-history.js");
      // See breakout.ts: the shared option helper loses the inferred types; inputs are checked.
      await runHistory(opts as unknown as HistoryCommandOptions);
    });
}
