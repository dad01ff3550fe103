import { breakout } from "../../app/breakout/breakout.js";
import { BREAKOUT_CLI_SCHEMA } from "../../app/breakout/breakout-request.js";
import { appVersion } from "../../data/index.js";
import { printJson } from "../output.js";
import { parseFlags } from "../parse-flags.js";
import { createProgress } from "../progress.js";
import { checkWritableFile, writeOutput } from "../write-file.js";
import { formatEstimate, formatProjection } from "./format.js";

/** `leverage breakout`: one report (or the user's state), its band, plan and alternatives. */
export async function runBreakout(opts: Record<string, unknown>): Promise<void> {
  const { report, samples, seed, quantities, project, json, svg, ...options } = opts;
  const request = parseFlags(
    BREAKOUT_CLI_SCHEMA,
    { report, options, samples, seed, quantities, projectMonths: project },
    { projectMonths: "--project" },
  );
  if (svg !== undefined) checkWritableFile("--svg", String(svg));
  const progress = createProgress("breakout", request.samples);
  const { estimate, projection, dataVersion } = breakout(request, {
    onProgress: (n) => progress.tick(n),
  });
  progress.stop();
  if (typeof svg === "string") {
    const { breakoutByMonthChart } = await import("../../charts/breakout-months.js");
    const { nodeDocument } = await import("../../charts/node-document.js");
    writeOutput("--svg", svg, breakoutByMonthChart(estimate, {}, nodeDocument()));
  }
  if (json) {
    printJson({
      ...estimate,
      ...(projection ? { projection } : {}),
      dataVersion,
      appVersion: appVersion(),
      command: ["breakout", ...process.argv.slice(3)],
    });
  } else {
    process.stdout.write(formatEstimate(estimate, dataVersion));
    if (projection) process.stdout.write(formatProjection(projection));
  }
}
