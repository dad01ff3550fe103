import * as Plot from "@observablehq/plot";
import { framedSvg } from "./frame.js";

/** One report's point on the history chart. */
export interface HistoryPoint {
  date: string;
  label: string;
  p5: number;
  p50: number;
  p95: number;
}

/** A published estimate drawn beside the model's band. */
export interface PublishedPoint {
  date: string;
  days: number;
  lowDays?: number;
  highDays?: number;
  by: string;
  /** The case, when one analysis publishes several (e.g. "covert-3000-IR-2m"): off the main line. */
  scenario?: string;
}

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Breakout time against the report date: the model's median and 90 % band, published estimates beside. */
export function breakoutHistoryChart(
  points: HistoryPoint[],
  published: PublishedPoint[],
  options: {
    width?: number;
    markDate?: string;
    dataVersion: string;
    seed: number;
    samples: number;
  },
  document: Document,
): string {
  const rows = points.map((p) => ({ ...p, when: toDate(p.date) }));
  // Only estimates of the declared programme sit beside the model's line; other cases (a covert
  // plant) answer a different question and would mislead there.
  const pubs = published
    .filter((p) => !p.scenario?.startsWith("covert"))
    .map((p) => ({ ...p, when: toDate(p.date) }));
  const last = rows.at(-1);
  const firstUnderMonth = rows.find((r) => r.p50 < 30);
  const title = firstUnderMonth
    ? `Breakout time fell below one month with the report of ${firstUnderMonth.label}${last ? `; ${Math.round(last.p50)} days at ${last.label}` : ""}`
    : "Breakout time by IAEA report";
  return framedSvg(
    {
      marginLeft: 55,
      x: { label: "IAEA report (date of the stock figures)", type: "utc" },
      y: { label: "Days to 25 kg of 90 % uranium (log scale)", type: "log", grid: true },
      marks: [
        Plot.areaY(rows, {
          x: "when",
          y1: "p5",
          y2: "p95",
          fill: "#b5443b",
          fillOpacity: 0.18,
          curve: "step-after",
        }),
        Plot.lineY(rows, {
          x: "when",
          y: "p50",
          stroke: "#b5443b",
          strokeWidth: 2,
          curve: "step-after",
        }),
        Plot.dot(rows, { x: "when", y: "p50", fill: "#b5443b", r: 2.5 }),
        Plot.ruleX(pubs, {
          x: "when",
          y1: (d: PublishedPoint) => d.lowDays ?? d.days,
          y2: (d: PublishedPoint) => d.highDays ?? d.days,
          stroke: "#1f5f8b",
        }),
        Plot.dot(pubs, { x: "when", y: "days", symbol: "diamond", fill: "#1f5f8b", r: 5 }),
        Plot.text(pubs, {
          x: "when",
          y: "days",
          text: (d: PublishedPoint) =>
            `${/\(([^)]+)\)/.exec(d.by)?.[1] ?? d.by} ${Math.round(d.days)} d`,
          dx: 8,
          textAnchor: "start",
          fill: "#1f5f8b",
        }),
        ...(options.markDate
          ? [Plot.ruleX([toDate(options.markDate)], { stroke: "#444", strokeDasharray: "4,3" })]
          : []),
        Plot.ruleY([30], { stroke: "#888", strokeDasharray: "2,3" }),
      ],
    },
    {
      title,
      subtitle:
        "Median (line) and 5th–95th percentile (band) of the model for each IAEA report; published ISIS estimates as diamonds; dotted line at 30 days",
      source: `IAEA quarterly reports (data/iaea-reports.json, version ${options.dataVersion}); ISIS/Institute for Science and International Security; Leverage breakout model, seed ${options.seed}, ${options.samples} draws per report`,
      assumptions:
        "default assumptions (docs/methodology.md): all stocks, installed machines, four cascades first on HEU steps; gaps in the data carried forward from earlier reports",
      width: options.width,
    },
    document,
  );
}
