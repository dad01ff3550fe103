import { jcpoaReport } from "../../app/jcpoa/jcpoa.js";
import type { LimitCheck } from "../../core/index.js";
import { fmt, formatTable, printJson } from "../output.js";

const show = (c: LimitCheck, value: number) =>
  c.unit.startsWith("assay")
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
  if (warnings.length > 0) {
    process.stdout.write(`\nWarnings:\n${warnings.map((w) => `  - ${w}`).join("\n")}\n`);
  }
  process.stdout.write(
    `\nData version ${dataVersion}. Limits: JCPOA Annex I (core/program/jcpoa-limits.ts; the same figures with sources in data/jcpoa-rules.json).\n`,
  );
}
