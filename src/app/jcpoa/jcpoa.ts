// The JCPOA use case: which Annex I limits one report's state exceeds, and by how much.
import { jcpoaCheck, resolveProgramState } from "../../core/index.js";
import { appVersion, findReport, loadMachineTypes, loadReports } from "../../data/index.js";
import { UserError } from "../user-error.js";

/** The JCPOA check of one report's state; a UserError (naming --report) for an unknown report. */
export function jcpoaReport(report: string) {
  const { dataVersion, reports } = loadReports();
  const found = findReport(report, reports);
  if (!found.ok) throw new UserError(`--report: ${found.error}`);
  const resolved = resolveProgramState(reports, report, loadMachineTypes().machineTypes);
  if (!resolved.ok) throw new UserError(`--report: ${resolved.error}`);
  return {
    reportLabel: report,
    reportDate: resolved.state.date,
    checks: jcpoaCheck(resolved.state),
    warnings: resolved.state.warnings,
    dataVersion,
    appVersion: appVersion(),
  };
}

export type JcpoaReport = ReturnType<typeof jcpoaReport>;
