import type { Command } from "@commander-js/extra-typings";
import { HISTORY } from "../../app/limits.js";
import { seedArg, wholeNumberIn } from "../options.js";
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
      wholeNumberIn(HISTORY.samples),
      HISTORY.samples.default,
    )
    .option("--seed <n>", "random seed (default: drawn and printed)", seedArg)
    .option("--json", "print JSON")
    .option("--csv", "print CSV")
    .option("--svg <file>", "write the chart of breakout time against date")
    .action(async (opts) => {
      const { runHistory } = await import("../history/run-history.js");
      // The app's zod schema checks every value (see breakout.ts).
      await runHistory(opts);
    });
}
