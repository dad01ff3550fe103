// The history use case: the breakout estimate for every IAEA report in the data, oldest first,
// under one set of assumptions, beside the estimates others published.
import { z } from "zod";
import { type BreakoutEstimate, estimateBreakout, resolveProgramState } from "../../core/index.js";
import { loadMachineTypes, loadReports } from "../../data/index.js";
import { BREAKOUT_OPTIONS_SCHEMA } from "../breakout/breakout-request.js";
import { breakoutInputs, checkSites } from "../breakout/inputs.js";
import { intSetting, type Surface, seedField } from "../fields.js";
import { HISTORY } from "../limits.js";
import { resolveSeed } from "../seed.js";

export function historyRequestSchema(surface: Surface) {
  return z.strictObject({
    options: BREAKOUT_OPTIONS_SCHEMA.default({}),
    samples: intSetting(HISTORY.samples, surface),
    seed: seedField(surface),
  });
}
export type HistoryRequest = z.output<ReturnType<typeof historyRequestSchema>>;

/** The estimates (one per report that resolves), the published ones, and the seed used. */
export function history(request: HistoryRequest, hooks: { onReport?: () => void } = {}) {
  const seed = resolveSeed(request.seed);
  const { dataVersion, reports } = loadReports();
  const { machineTypes } = loadMachineTypes();
  const inputs = breakoutInputs(request.options, machineTypes);
  const states = reports.flatMap((report) => {
    const resolved = resolveProgramState(reports, report.label, machineTypes);
    return resolved.ok ? [inputs.applyToState(resolved.state)] : [];
  });
  checkSites(inputs.assumptions, states);
  const estimates: BreakoutEstimate[] = [];
  for (const state of states) {
    estimates.push(
      estimateBreakout(state, inputs.assumptions, {
        samples: request.samples,
        seed,
        quantities: 3,
        userSet: inputs.userSet,
        alternativeSamples: 0,
      }),
    );
    hooks.onReport?.();
  }
  const published = reports.flatMap((r) =>
    r.publishedEstimates.map((p) => ({ ...p, report: r.label, date: r.asOfDate ?? r.reportDate })),
  );
  return { dataVersion, seed, samples: request.samples, estimates, published };
}
