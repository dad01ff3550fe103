import { auditData } from "../../app/data/audit.js";
import { fmt, formatTable, printJson } from "../output.js";

/** `leverage data audit`: figures by source kind, and those resting only on weak venues. */
export function runAudit(opts: { json?: boolean }): void {
  const audit = auditData();
  if (opts.json) {
    printJson(audit);
    return;
  }
  const total = Object.values(audit.figuresByKind).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `Figures in data/iaea-reports.json by the kind of their source (${total}):\n`,
  );
  process.stdout.write(
    formatTable(
      ["source kind", "figures", "share"],
      Object.entries(audit.figuresByKind).map(([kind, n]) => [
        kind,
        n,
        `${fmt((100 * n) / total, 1)} %`,
      ]),
    ),
  );
  process.stdout.write(
    `\n${audit.weakOnly.length} figures, rules or events rest only on a blog, a thread reader or a forum:\n`,
  );
  process.stdout.write(
    formatTable(
      ["file", "where", "value", "venue", "source"],
      audit.weakOnly.map((w) => [w.file, w.where, w.value, w.venues.join(", "), w.urls.join(" ")]),
    ),
  );
  process.stdout.write(
    `\n${audit.unconfirmedReportIds.length} report ids were never seen in a source (shown as unconfirmed): ${audit.unconfirmedReportIds.map((r) => `${r.label} ${r.reportId}`).join(", ")}\n`,
  );
  process.stdout.write(
    `\nData version ${audit.dataVersion}. Kinds: docs/data.md (Source kinds).\n`,
  );
}
