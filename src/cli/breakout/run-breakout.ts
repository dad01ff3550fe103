import { writeFileSync } from "node:fs";
import { appVersion } from "../../data/index.js";
import { printJson } from "../output.js";
import { createProgress } from "../progress.js";
import { resolveSeed } from "../seed.js";
import { estimateBreakout, loadedMachineTypes } from "./engine.js";
import { formatEstimate, formatProjection } from "./format.js";
import { type BreakoutOptions, breakoutInputs } from "./inputs.js";
import { projectionFor } from "./projection.js";
import { stateFor } from "./resolve-state.js";

export interface BreakoutCommandOptions extends BreakoutOptions {
  report?: string;
  samples: number;
  seed?: number;
  quantities: number;
  project?: number;
  json?: boolean;
  svg?: string;
}

/** `leverage breakout`: one report (or the user's state), its band, plan and alternatives. */
export async function runBreakout(opts: BreakoutCommandOptions): Promise<void> {
  const inputs = breakoutInputs(opts, loadedMachineTypes());
  const { state, dataVersion } = stateFor(opts.report, inputs);
  const seed = resolveSeed(opts.seed);
  const progress = createProgress("breakout", opts.samples);
  const estimate = estimateBreakout(state, inputs.assumptions, {
    samples: opts.samples,
    seed,
    quantities: opts.quantities,
    userSet: inputs.userSet,
    onProgress: (n) => progress.tick(n),
  });
  progress.stop();
  const projection = opts.project ? projectionFor(opts.report, opts.project, inputs, seed) : null;
  if (opts.svg) {
    const { breakoutByMonthChart } = await import("../../charts/breakout-months.js");
    const { nodeDocument } = await import("../../charts/node-document.js");
    writeFileSync(opts.svg, breakoutByMonthChart(estimate, {}, nodeDocument()));
  }
  if (opts.json) {
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
