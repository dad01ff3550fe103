import type { Command } from "@commander-js/extra-typings";
import { BREAKOUT } from "../../app/limits.js";
import { oneOf, seedArg, wholeNumberIn } from "../options.js";

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The options every clock command shares: the assumptions a user can change. */
export function assumptionOptions<C extends Command<[], Record<string, unknown>>>(command: C) {
  return command
    .option(
      "--stocks <bands>",
      "stocks that may feed the plan: natural,upTo2,upTo5,upTo20,upTo60 (default: all)",
    )
    .option("--stock <band=kgU>", "set a stock, kgU (repeatable), e.g. upTo60=17.7", collect)
    .option(
      "--fleet <site:type:n>",
      "use this fleet instead of the report's (repeatable), e.g. 'Fordow FFEP:IR-6:166'",
      collect,
    )
    .option(
      "--add-machines <site:type:n>",
      "add machines (repeatable), e.g. 'covert:IR-2m:3000'",
      collect,
    )
    .option("--sites <list>", "only machines at these sites, e.g. Fordow")
    .option(
      "--enriching-only",
      "count only machines enriching at the report date (default: installed)",
    )
    .option(
      "--machine <type=range>",
      "machine output, SWU/yr (repeatable), e.g. IR-6=4-7 or 'IR-6=normal(5,1)'",
      collect,
    )
    .option(
      "--tails <band=lo-hi>",
      "tails range in percent for a feed (repeatable), e.g. upTo60=20-30",
      collect,
    )
    .option(
      "--assay <band=pct>",
      "assay of a band in percent (repeatable), e.g. upTo5=3.67",
      collect,
    )
    .option("--heu-cascades <n|all>", "cascades that take the HEU steps first (default 4)")
    .option(
      "--efficiency <class.step=range>",
      "cascade efficiency 0–1 (repeatable): ir1.leu, ir1.heu, advanced.leu, advanced.heu",
      collect,
    )
    .option("--setup-days <range>", "days before product flows, e.g. 1-6 (default) or 7")
    .option(
      "--reconfiguration-days <range>",
      "days before the other cascades join HEU steps (default 10-30)",
    )
    .option("--uptime <range>", "share of machines running, e.g. 0.85-1")
    .option(
      "--target <target>",
      "wgu25 (25 kg of 90 %) or sq (IAEA SQ, 25 kg U-235)",
      oneOf(["wgu25", "sq"] as const),
    )
    .option("--natural-kg <kgU>", "natural uranium available (default: not limiting)")
    .option(
      "--capacity-basis <basis>",
      "reported 60 % production rates: larger (of inferred and counted capacity, default), counts (ignore them) or production (use only what they imply)",
      oneOf(["larger", "counts", "production"] as const),
    );
}

/** Registers `leverage breakout`: time to one bomb's worth, and to N, for one report. */
export function register(program: Command): void {
  assumptionOptions(
    program
      .command("breakout")
      .description(
        "Time to 25 kg of weapon-grade uranium (and to N such quantities) for one IAEA report",
      )
      .option("--report <label>", "IAEA report, e.g. 2021-11 (see `leverage history`)"),
  )
    .option(
      "--samples <n>",
      "Monte Carlo draws",
      wholeNumberIn(BREAKOUT.samples),
      BREAKOUT.samples.default,
    )
    .option("--seed <n>", "random seed (default: drawn and printed)", seedArg)
    .option(
      "--quantities <n>",
      "N for the time to the N-th quantity",
      wholeNumberIn(BREAKOUT.quantities),
      BREAKOUT.quantities.default,
    )
    .option(
      "--project <months>",
      "also project breakout time month by month on the trend of the last three reports",
      wholeNumberIn(BREAKOUT.projectMonths),
    )
    .option("--json", "print JSON")
    .option("--svg <file>", "write a chart of weapons' worth by month")
    .action(async (opts) => {
      const { runBreakout } = await import("../breakout/run-breakout.js");
      // The app's zod schema checks every value (the shared option helper loses commander's types).
      await runBreakout(opts);
    });
}
