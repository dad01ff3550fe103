import { projectBreakout, resolveProgramState } from "../../core/index.js";
import { loadMachineTypes, loadReports } from "../../data/index.js";
import { UserError } from "../user-error.js";
import type { BreakoutInputs } from "./inputs.js";

/** Draws per projected month: the projection is a trend line, not a precise band. */
const PROJECTION_SAMPLES = 1000;

/** The report's state and the ones before it, projected `months` ahead on their trend. */
export function projectionFor(
  report: string | undefined,
  months: number,
  inputs: BreakoutInputs,
  seed: number,
) {
  if (!report)
    throw new UserError("--project needs --report: the trend is fitted on the reports up to it.");
  const { reports } = loadReports();
  const { machineTypes } = loadMachineTypes();
  const index = reports.findIndex((r) => r.label === report);
  const states = reports.slice(0, index + 1).flatMap((r) => {
    const resolved = resolveProgramState(reports, r.label, machineTypes);
    return resolved.ok ? [inputs.applyToState(resolved.state)] : [];
  });
  return projectBreakout(states, states.length - 1, inputs.assumptions, {
    months,
    samples: PROJECTION_SAMPLES,
    seed,
  });
}
