import { jcpoaCheck, type LimitCheck, resolveProgramState } from "../../core/index.js";
import { findReport, loadMachineTypes, loadReports } from "../../data/index.js";
import { appVersion } from "../app-version.js";
import { fmt, formatTable, printJson } from "../output.js";
import { UserError } from "../user-error.js";

const show = (c: LimitCheck, value: number) =>
  c.unit.startsWith("assay")
    ? `${+(value * 100).toPrecision(3)} %`
    : `${fmt(value, c.unit === "kgU" ? 1 : 0)} ${c.unit}`;

/** `leverage jcpoa --report L`: which JCPOA Annex I limits the report's state exceeds, and by how much. */
export function runJcpoa(opts: { report: string; json?: boolean }): void {
  const { dataVersion, reports } = loadReports();
  const found = findReport(opts.report, reports);
  if (!found.ok) throw new UserError(`--report: ${found.error}`);
  const resolved = resolveProgramState(reports, opts.report, loadMachineTypes().machineTypes);
  if (!resolved.ok) throw new UserError(`--report: ${resolved.error}`);
  const checks = jcpoaCheck(resolved.state);
  if (opts.json) {
    printJson({
      reportLabel: opts.report,
      reportDate: resolved.state.date,
      checks,
      warnings: resolved.state.warnings,
      dataVersion,
      appVersion: appVersion(),
    });
    return;
  }
  process.stdout.write(
    `JCPOA Annex I limits against IAEA report ${opts.report} (figures as of ${resolved.state.date})\n\n`,
  );
  process.stdout.write(
    formatTable(
      ["limit", "allowed", "actual", "exceeded", "by", "rule"],
      checks.map((c) => [
        c.limit,
        show(c, c.allowed),
        show(c, c.actual),
        c.exceeded ? "YES" : "no",
        c.exceeded ? (c.ratio !== null ? `×${fmt(c.ratio, 1)}` : `+${show(c, c.excess)}`) : "",
        c.rule,
      ]),
    ),
  );
  if (resolved.state.warnings.length > 0) {
    process.stdout.write(
      `\nWarnings:\n${resolved.state.warnings.map((w) => `  - ${w}`).join("\n")}\n`,
    );
  }
  process.stdout.write(
    `\nData version ${dataVersion}. Limits: JCPOA Annex I (core/program/jcpoa-limits.ts; the same figures with sources in data/jcpoa-rules.json).\n`,
  );
}
