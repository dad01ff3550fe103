import { type ProgramState, resolveProgramState } from "../../core/index.js";
import { findReport, loadMachineTypes, loadReports } from "../../data/index.js";
import { UserError } from "../user-error.js";
import type { BreakoutInputs } from "./inputs.js";

/**
 * The state the clock runs on: a report's (gaps carried forward and named), with the user's
 * overrides; or, with no report, the user's own stocks and fleet.
 */
export function stateFor(
  report: string | undefined,
  inputs: BreakoutInputs,
): { state: ProgramState; dataVersion: string } {
  const { dataVersion, reports } = loadReports();
  if (!report) {
    if (!inputs.userState) {
      throw new UserError(
        "give --report LABEL (see `leverage history`), or your own state with --stock BAND=KGU and --fleet SITE:TYPE:N.",
      );
    }
    // A user state is read as of the latest report (for the default band assays).
    const date = reports[reports.length - 1].reportDate;
    const blank: ProgramState = { label: "user", date, stocks: [], fleet: [], warnings: [] };
    return { state: inputs.applyToState(blank), dataVersion };
  }
  const found = findReport(report, reports);
  if (!found.ok) throw new UserError(`--report: ${found.error}`);
  const resolved = resolveProgramState(reports, report, loadMachineTypes().machineTypes);
  if (!resolved.ok) throw new UserError(`--report: ${resolved.error}`);
  return { state: inputs.applyToState(resolved.state), dataVersion };
}
