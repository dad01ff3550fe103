import { jcpoaReport } from "../../app/jcpoa/jcpoa.js";
import type { LimitCheck } from "../../core/index.js";
import { fmt, formatTable, printJson } from "../output.js";

const show = (c: LimitCheck, value: number | null) =>
  value === null
    ? "unknown"
    : c.unit.startsWith("assay")
      ? `${+(value * 100).toPrecision(3)} %`
      : `${fmt(value, c.unit === "kgU" ? 1 : 0)} ${c.unit}`;

/** `leverage jcpoa --report L`: which JCPOA Annex I limits the report's state exceeds, and by how much. */
export function runJcpoa(opts: { report: string; json?: boolean }): void {
  const result = jcpoaReport(opts.report);
  if (opts.json) {
    printJson(result);
    return;
  }
  const { checks, dataVersion, reportDate, warnings } = result;
  process.stdout.write(
    `JCPOA Annex I limits against IAEA report ${opts.report} (figures as of ${reportDate})\n\n`,
  );
  process.stdout.write(
    formatTable(
      ["limit", "allowed", "actual", "status", "by", "rule"],
      checks.map((c) => [
        c.label,
        show(c, c.allowed),
        `${c.atLeast ? "≥ " : ""}${show(c, c.actual)}`,
        c.status === "exceeded" ? "EXCEEDED" : c.status,
        c.exceeded ? (c.ratio !== null ? `×${fmt(c.ratio, 1)}` : `+${show(c, c.excess)}`) : "",
        c.rule,
      ]),
    ),
  );
  const unknown = checks.filter((c) => c.status === "unknown" || c.atLeast);
  for (const c of unknown) process.stdout.write(`\n${c.label}: ${c.note}.`);
  if (unknown.length > 0) process.stdout.write("\n");
  if (warnings.length > 0) {
    process.stdout.write(`\nWarnings:\n${warnings.map((w) => `  - ${w}`).join("\n")}\n`);
  }
  process.stdout.write(
    `\nData version ${dataVersion}. Limits: JCPOA Annex I (core/program/jcpoa-limits.ts; the same figures with sources in data/jcpoa-rules.json).\n`,
  );
}
