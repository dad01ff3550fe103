import type { Command } from "@commander-js/extra-typings";
import { ACTORS } from "../../app/limits.js";
import { oneOf, seedArg, wholeNumberIn } from "../options.js";

/** Registers `leverage actors`: multi-actor forecasts from a KTAB CSV, a plain CSV or a YAML file. */
export function register(program: Command): void {
  program
    .command("actors")
    .description(
      "Where do many actors' positions converge? Weighted mean/median, expected-utility model, KTAB's SMP",
    )
    .option(
      "--model <model>",
      "mean, median, bdm (expected utility) or smp (KTAB)",
      oneOf(["mean", "median", "bdm", "smp"] as const),
      "smp" as const,
    )
    .option("--ktab-csv <file>", "actors in KTAB's CSV format")
    .option("--csv <file>", "actors as CSV: actor, capability, <dim> position, <dim> salience, …")
    .option("--config <file>", "actors as YAML (see scenarios/iran-2021-actors.yaml)")
    .option("--json", "print JSON")
    .option("--svg <file>", "write a chart of positions over rounds")
    .option("--rounds <n>", "cap on rounds/turns", wholeNumberIn(ACTORS.rounds))
    .option(
      "--draws <n>",
      "Monte Carlo draws when inputs are uncertain",
      wholeNumberIn(ACTORS.draws),
      ACTORS.draws.default,
    )
    .option("--seed <n>", "seed for the Monte Carlo (recorded in the output)", seedArg)
    .option("--smp <key=value...>", "KTAB setting, e.g. votingRule=Cubic (repeatable)")
    .option("--bdm <key=value...>", "expected-utility setting, e.g. probabilityForm=coalition")
    .action(async (opts) => {
      const { runActorsCommand } = await import("../actors/run-actors.js");
      await runActorsCommand(opts);
    });
}
