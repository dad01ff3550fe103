import type { Command } from "@commander-js/extra-typings";

/** Registers `leverage jcpoa`: the JCPOA Annex I check for one report. */
export function register(program: Command): void {
  program
    .command("jcpoa")
    .description("Which JCPOA Annex I limits a report's state exceeds, and by how much")
    .requiredOption("--report <label>", "IAEA report, e.g. 2021-11")
    .option("--json", "print JSON")
    .action(async (opts) => {
      const { runJcpoa } = await import("../jcpoa/run-jcpoa.js");
      runJcpoa(opts);
    });
}
