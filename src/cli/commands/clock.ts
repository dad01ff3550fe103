import type { Command } from "@commander-js/extra-typings";
import { oneOf } from "../options.js";

const FROM_HELP = "YYYY-MM-DD";

/** Registers `leverage clock {inara|snapback|drm}`: the legal clocks, as a table or JSON. */
export function register(program: Command): void {
  const clock = program
    .command("clock")
    .description("Legal clocks: INARA review, UNSCR 2231 snapback, JCPOA dispute mechanism");

  clock
    .command("inara")
    .description("INARA review of an agreement: when can statutory sanctions relief start?")
    .requiredOption("--from <date>", `date the agreement is reached (${FROM_HELP})`)
    .option("--transmitted <date>", `date it reaches Congress (${FROM_HELP}); default --from + 5`)
    .option("--disapproval", "a disapproval passes and is vetoed (veto sustained)", false)
    .option(
      "--review-rule <rule>",
      "statute (60 days only 10 Jul–7 Sep 2015) or every-year",
      oneOf(["statute", "every-year"] as const),
      "statute" as const,
    )
    .option("--json", "print JSON")
    .action(async (opts) => {
      const { runInara } = await import("../clock/run-clock.js");
      runInara(opts);
    });

  clock
    .command("snapback")
    .description("UNSCR 2231 snapback: when do UN sanctions apply again after a notification?")
    .requiredOption("--from <date>", `date of the notification (${FROM_HELP})`)
    .option("--json", "print JSON")
    .action(async (opts) => {
      const { runSnapback } = await import("../clock/run-clock.js");
      runSnapback(opts);
    });

  clock
    .command("drm")
    .description("JCPOA dispute resolution (paras 36–37) through to the Council's 30 days")
    .requiredOption("--from <date>", `date the issue is referred (${FROM_HELP})`)
    .option("--advisory", "an advisory board sits alongside the ministers", false)
    .option("--json", "print JSON")
    .action(async (opts) => {
      const { runDispute } = await import("../clock/run-clock.js");
      runDispute(opts);
    });
}
