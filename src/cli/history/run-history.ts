import { history, historyRequestSchema } from "../../app/history/history.js";
import type { BreakoutEstimate } from "../../core/index.js";
import { appVersion, loadReports } from "../../data/index.js";
import { fmt, formatTable, printJson } from "../output.js";
import { parseFlags } from "../parse-flags.js";
import { createProgress } from "../progress.js";
import { checkWritableFile, writeOutput } from "../write-file.js";

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
  "kind",
  "month1_p5",
  "month1_p95",
  "inferred_capacity",
  "capacity_adjusted",
];

/** The note of a report without an estimate: the reason, without the how-to that follows it. */
const shortReason = (e: BreakoutEstimate) => e.infeasible?.split(". Supply")[0] ?? "";

/** `leverage history`: breakout time for every report, as a table, JSON, CSV and a chart. */
export async function runHistory(flags: Record<string, unknown>): Promise<void> {
  const { samples, seed: givenSeed, json, csv, svg, ...options } = flags;
  const request = parseFlags(historyRequestSchema("cli"), { options, samples, seed: givenSeed });
  const opts = { samples: request.samples, json, csv, svg };
  if (svg !== undefined) checkWritableFile("--svg", String(svg));
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
        ? [
            {
              date: e.asOfDate,
              label: e.reportLabel,
              ...e.firstQuantityDays,
              kind: e.reportKind,
              inferred: e.inferredCapacity.length > 0,
            },
          ]
        : [],
    );
    const gaps = estimates.flatMap((e) =>
      e.fleetUnknown
        ? [{ date: e.reportDate, label: e.reportLabel, reason: "no verified capacity" }]
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
    writeOutput(
      "--svg",
      opts.svg,
      breakoutHistoryChart(
        points,
        pubs,
        { dataVersion, seed, samples: opts.samples, gaps },
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
  if (opts.csv) {
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
      e.reportKind ?? "",
      e.quantitiesByMonth[0]?.p5,
      e.quantitiesByMonth[0]?.p95,
      e.inferredCapacity.length > 0 ? "yes" : "no",
      e.capacityAdjustments.length > 0 ? "yes" : "no",
    ]);
    const cell = (v: unknown) =>
      typeof v === "number" ? v.toFixed(2) : `"${String(v ?? "").replace(/"/g, '""')}"`;
    process.stdout.write(
      `${[CSV_COLUMNS.join(","), ...rows.map((r) => r.map(cell).join(","))].join("\n")}\n`,
    );
    return;
  }
  const days = (x: number | undefined) => (x === undefined ? "–" : fmt(x, 1));
  const month1 = (e: BreakoutEstimate) => {
    const m = e.quantitiesByMonth[0];
    return m ? `${m.p50} (${m.p5}–${m.p95})` : "–";
  };
  process.stdout.write(
    formatTable(
      ["report", "kind", "as of", "p5 days", "p50 days", "p95 days", "month 1", "capacity", "note"],
      estimates.map((e) => [
        e.reportLabel,
        e.reportKind ?? "",
        e.asOfDate,
        days(e.firstQuantityDays?.p5),
        days(e.firstQuantityDays?.p50),
        days(e.firstQuantityDays?.p95),
        month1(e),
        e.fleetUnknown
          ? "unknown"
          : [
              e.inferredCapacity.length > 0 ? "inferred" : "",
              e.capacityAdjustments.length > 0 ? "adjusted" : "",
            ]
              .filter(Boolean)
              .join(", ") || "counts",
        shortReason(e),
      ]),
    ),
  );
  for (const p of published) {
    process.stdout.write(
      `Published (${p.report}): ${p.by}, "${p.text}" = ${fmt(p.days, 1)} days (${p.url})\n`,
    );
  }
  process.stdout.write(
    `\nSeed ${seed}, ${opts.samples} draws per report, data version ${dataVersion}. Month 1: complete 25 kg quantities by the end of the first month, p50 (p5–p95). Capacity: "inferred" where a reported 60 % production rate adds capacity running HEU steps, "adjusted" where an event scales it (methodology §2.3–2.4). Gaps are carried forward within limits or reported unknown: see --json warnings.\n`,
  );
}
