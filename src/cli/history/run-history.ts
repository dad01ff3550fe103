import { writeFileSync } from "node:fs";
import { history, historyRequestSchema } from "../../app/history/history.js";
import { appVersion, loadReports } from "../../data/index.js";
import { fmt, formatTable, printJson } from "../output.js";
import { parseFlags } from "../parse-flags.js";
import { createProgress } from "../progress.js";

const CSV_COLUMNS = [
  "report",
  "date",
  "p5_days",
  "p50_days",
  "p95_days",
  "lower_bound_days",
  "month1_p50",
  "month3_p50",
  "infeasible",
];

/** `leverage history`: breakout time for every report, as a table, JSON, CSV and a chart. */
export async function runHistory(flags: Record<string, unknown>): Promise<void> {
  const { samples, seed: givenSeed, json, csv, svg, ...options } = flags;
  const request = parseFlags(historyRequestSchema("cli"), { options, samples, seed: givenSeed });
  const opts = { samples: request.samples, json, csv, svg };
  const progress = createProgress("history", loadReports().reports.length);
  const { dataVersion, estimates, published, seed } = history(request, {
    onReport: () => progress.tick(),
  });
  progress.stop();
  if (typeof opts.svg === "string") {
    const { breakoutHistoryChart } = await import("../../charts/breakout-history.js");
    const { nodeDocument } = await import("../../charts/node-document.js");
    const points = estimates.flatMap((e) =>
      e.firstQuantityDays
        ? [{ date: e.asOfDate, label: e.reportLabel, ...e.firstQuantityDays }]
        : [],
    );
    const pubs = published.map((p) => ({
      date: p.date,
      days: p.days,
      lowDays: p.lowDays,
      highDays: p.highDays,
      by: p.by,
      scenario: p.scenario,
    }));
    writeFileSync(
      opts.svg,
      breakoutHistoryChart(
        points,
        pubs,
        { dataVersion, seed, samples: opts.samples },
        nodeDocument(),
      ),
    );
  }
  if (opts.json) {
    printJson({
      dataVersion,
      appVersion: appVersion(),
      seed,
      samples: opts.samples,
      reports: estimates,
      published,
    });
    return;
  }
  const rows = estimates.map((e) => [
    e.reportLabel,
    e.reportDate,
    e.firstQuantityDays?.p5,
    e.firstQuantityDays?.p50,
    e.firstQuantityDays?.p95,
    e.lowerBoundDays,
    e.quantitiesByMonth[0]?.p50,
    e.quantitiesByMonth[2]?.p50,
    e.infeasible ?? "",
  ]);
  if (opts.csv) {
    const cell = (v: unknown) =>
      typeof v === "number" ? v.toFixed(2) : `"${String(v ?? "").replace(/"/g, '""')}"`;
    process.stdout.write(
      `${[CSV_COLUMNS.join(","), ...rows.map((r) => r.map(cell).join(","))].join("\n")}\n`,
    );
    return;
  }
  process.stdout.write(
    formatTable(
      [
        "report",
        "as of",
        "p5 days",
        "p50 days",
        "p95 days",
        "lower bound",
        "by month 1",
        "by month 3",
        "note",
      ],
      rows.map((r) =>
        r.map((v) => (typeof v === "number" ? fmt(v, Number.isInteger(v) ? 0 : 1) : v)),
      ),
    ),
  );
  for (const p of published) {
    process.stdout.write(
      `Published (${p.report}): ${p.by}, "${p.text}" = ${fmt(p.days, 1)} days (${p.url})\n`,
    );
  }
  process.stdout.write(
    `\nSeed ${seed}, ${opts.samples} draws per report, data version ${dataVersion}. Gaps in a report are carried forward: see --json warnings.\n`,
  );
}
