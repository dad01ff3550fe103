import type { Command } from "@commander-js/extra-typings";

/** Registers `leverage data audit`: how well the bundled figures are sourced. */
export function register(program: Command): void {
  program
    .command("data")
    .description("Inspect the bundled data")
    .command("audit")
    .description(
      "Count figures by source kind; list those whose only source is a blog, a thread reader or a forum",
    )
    .option("--json", "print JSON")
    .action(async (opts) => {
      const { runAudit } = await import("../data/run-audit.js");
      runAudit(opts);
    });
}
