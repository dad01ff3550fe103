// The Clock page's worker: resolves every report once, then re-runs the breakout model for the
// selected report first (so the page redraws at once) and for the history in small batches.
import {
  estimateBreakout,
  type IaeaReportRecord,
  jcpoaCheck,
  type MachineTypeRecord,
  type ProgramState,
  resolveProgramState,
} from "../../core/index.js";
import { yieldToMessages } from "../shared/worker-protocol.js";
import { serveWorker } from "../shared/worker-serve.js";
import type { ClockReply, ClockRequest, HistoryBand } from "./clock-protocol.js";
import { clockAssumptions } from "./clock-settings.js";
import { applyUserState } from "./clock-user-state.js";

let machineTypes: MachineTypeRecord[] = [];
let states: ProgramState[] = [];

// Each partial history redraws the chart on the page's main thread, so send few of them.
const EMIT_EVERY = 12;

serveWorker<ClockRequest, ClockReply>(async (request, job) => {
  if (request.kind === "load") {
    machineTypes = request.machineTypes;
    states = request.reports.flatMap((r: IaeaReportRecord) => {
      const resolved = resolveProgramState(request.reports, r.label, request.machineTypes);
      return resolved.ok ? [resolved.state] : [];
    });
    job.emit({ stage: "loaded" }, true);
    return;
  }
  const { assumptions, userSet } = clockAssumptions(request.settings, machineTypes);
  const found = states.find((s) => s.label === request.selected);
  const selected =
    found && request.userState ? applyUserState(found, request.userState, machineTypes) : found;
  let selectedBand: HistoryBand | null = null;
  if (selected) {
    const estimate = estimateBreakout(selected, assumptions, {
      samples: request.samples,
      seed: request.seed,
      quantities: 3,
      userSet,
      alternativeSamples: 0,
    });
    // A band from the user's own fleet is not a point of the history.
    if (estimate.firstQuantityDays && !request.userState)
      selectedBand = {
        label: selected.label,
        date: selected.date,
        ...estimate.firstQuantityDays,
        kind: selected.kind,
        inferred: estimate.inferredCapacity.length > 0,
      };
    job.emit(
      {
        stage: "selected",
        estimate,
        // The JCPOA check is of the report's own state: the user's figures are not verified data.
        jcpoa: jcpoaCheck(found ?? selected),
        warnings: selected.warnings,
        settings: request.settings,
        userGiven: request.userState !== undefined,
      },
      false,
    );
  }
  const bands: HistoryBand[] = [];
  const sameDraws = request.samples === request.historySamples;
  // One report per turn of the event loop, so a newer request waits for at most one report;
  // the page gets the bands every few reports.
  for (let i = 0; i < states.length; i++) {
    await yieldToMessages();
    if (job.stale()) return;
    const state = states[i];
    if (state === found && sameDraws && !request.userState) {
      // Already computed above, with the same draws and seed.
      if (selectedBand) bands.push(selectedBand);
    } else {
      const e = estimateBreakout(state, assumptions, {
        samples: request.historySamples,
        seed: request.seed,
        quantities: 1,
        alternativeSamples: 0,
      });
      if (e.firstQuantityDays)
        bands.push({
          label: state.label,
          date: state.date,
          ...e.firstQuantityDays,
          kind: state.kind,
          inferred: e.inferredCapacity.length > 0,
        });
    }
    const last = i === states.length - 1;
    if ((i + 1) % EMIT_EVERY === 0 || last) {
      const processed = states.slice(0, i + 1).map((s) => s.label);
      job.emit({ stage: "history", bands: [...bands], processed, total: states.length }, last);
    }
  }
});
