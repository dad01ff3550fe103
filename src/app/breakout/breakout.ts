// The breakout use case: one report's state (or the user's own), with the user's assumptions, to
// an estimate with its band, plan and alternatives, and optionally a projection on the trend.
import { type BreakoutEstimate, estimateBreakout } from "../../core/index.js";
import { loadMachineTypes } from "../../data/index.js";
import { resolveSeed } from "../seed.js";
import type { BreakoutRequest } from "./breakout-request.js";
import { breakoutInputs, checkSites } from "./inputs.js";
import { projectionFor } from "./projection.js";
import { stateFor } from "./resolve-state.js";

export type BreakoutProjection = ReturnType<typeof projectionFor>;

export interface BreakoutResult {
  estimate: BreakoutEstimate;
  /** The projection month by month, when the request asked for `projectMonths`. */
  projection: BreakoutProjection | null;
  dataVersion: string;
}

/** Runs one estimate; a UserError names the option that is wrong, before any work. */
export function breakout(
  request: BreakoutRequest,
  hooks: { onProgress?: (draws: number) => void } = {},
): BreakoutResult {
  const inputs = breakoutInputs(request.options, loadMachineTypes().machineTypes);
  const { state, dataVersion } = stateFor(request.report, inputs);
  checkSites(inputs.assumptions, [state]);
  const seed = resolveSeed(request.seed);
  const estimate = estimateBreakout(state, inputs.assumptions, {
    samples: request.samples,
    seed,
    quantities: request.quantities,
    userSet: inputs.userSet,
    alternativeSamples: request.alternativeSamples,
    onProgress: hooks.onProgress,
  });
  const projection = request.projectMonths
    ? projectionFor(request.report, request.projectMonths, inputs, seed)
    : null;
  return { estimate, projection, dataVersion };
}
