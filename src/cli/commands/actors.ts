import type { Command } from "@commander-js/extra-typings";
import { ACTORS } from "../../app/limits.js";
import { SMP_DEFAULTS } from "../../core/actors/smp/smp-settings.js";
import { oneOf, seedArg, wholeNumberIn } from "../options.js";

// What the SMP settings mean where KTAB itself cannot be reproduced (docs/actors.md).
const SMP_HELP = `
KTAB's SMP follows KTAB's smpc exactly, but for the three settings below. Settings
(--smp key=value): ${Object.keys(SMP_DEFAULTS).join(", ")}.
Where KTAB cannot be reproduced:
  votingRule=ASymProsp   KTAB's result depends on its threads' queue order and changes from run
                         to run; Leverage fixes the order (status quo, then bargains by
                         initiator), so it gives one of KTAB's possible runs, every time.
  stateTransMode=Stochastic
                         KTAB draws in thread order and is not reproducible; Leverage draws one
                         number per queue in actor order from KTAB's generator (MT19937-64),
                         seeded with prngSeed (default KTAB's 15455440707583219804).
  bigRAdjust=FullRA      KTAB aborts every such run; Leverage runs it: each actor knows every
                         other's risk attitude.
See docs/actors.md for every setting's meaning.
`;

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
    .addHelpText("after", SMP_HELP)
    .action(async (opts) => {
      const { runActorsCommand } = await import("../actors/run-actors.js");
      await runActorsCommand(opts);
    });
}
