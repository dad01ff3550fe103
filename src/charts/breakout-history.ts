// Breakout time by IAEA report, for the CLI's `history --svg`, the report and the dashboard.
import * as Plot from "@observablehq/plot";
import { framedSvg } from "./frame.js";
import { bandMarks, dateRule, gapMarks, utcDate } from "./marks.js";

/** One report's point on the history chart. */
export interface HistoryPoint {
  date: string;
  label: string;
  p5: number;
  p50: number;
  p95: number;
  /** An interim (ad hoc) report is drawn hollow, a quarterly one filled. */
  kind?: "quarterly" | "interim";
  /** Capacity inferred from a reported production rate entered the estimate (ringed). */
  inferred?: boolean;
}

/** A report with no estimate because its capacity is unknown: a gap, marked, not a fall. */
export interface HistoryGap {
  date: string;
  label: string;
  /** Why, in a few words ("no verified capacity"). */
  reason: string;
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

const DEFAULT_ASSUMPTIONS =
  "default assumptions: all stocks, installed machines, four cascades first on HEU steps";

const shortName = (by: string) => /\(([^)]+)\)/.exec(by)?.[1] ?? by;

/** Breakout time by report (median line, 90 % band) with published estimates beside it. */
export function breakoutHistoryChart(
  points: HistoryPoint[],
  published: PublishedPoint[],
  options: {
    width?: number;
    markDate?: string;
    dataVersion: string;
    seed: number;
    samples: number;
    /** The assumptions in words (default: the clock's default assumptions). */
    assumptions?: string;
    /** Reports without an estimate (no verified capacity): marked on the axis, never joined. */
    gaps?: HistoryGap[];
  },
  document: Document,
): string {
  const rows = points.map((p) => ({ ...p, when: utcDate(p.date) }));
  const gaps = (options.gaps ?? []).map((g) => ({ ...g, when: utcDate(g.date) }));
  const interim = rows.filter((r) => r.kind === "interim");
  const inferred = rows.filter((r) => r.inferred);
  // Estimates of a hypothetical plant (e.g. a covert one) are not estimates of the declared programme.
  const pubs = published
    .filter((p) => !p.scenario?.startsWith("covert"))
    .map((p) => ({ ...p, when: utcDate(p.date) }));
  const last = rows.at(-1);
  const firstUnderMonth = rows.find((r) => r.p50 < 30);
  const marked = options.markDate ? rows.find((r) => r.date === options.markDate) : undefined;
  const gapNote =
    gaps.length > 0 ? `; no estimate from ${gaps[0].label} on (${gaps[0].reason})` : "";
  const title = firstUnderMonth
    ? `Breakout time fell below one month with the report of ${firstUnderMonth.label}${marked ? `; ${Math.round(marked.p50)} days (${Math.round(marked.p5)}–${Math.round(marked.p95)}) at ${marked.label}` : last ? `; ${Math.round(last.p50)} days at ${last.label}` : ""}${gapNote}`
    : `Breakout time stayed above one month in every report${marked ? `; ${Math.round(marked.p50)} days at ${marked.label}` : ""}${gapNote}`;
  return framedSvg(
    {
      marginLeft: 55,
      marginRight: 70,
      x: { label: "IAEA report (date of the stock figures)", type: "utc" },
      y: { label: "Days to 25 kg of 90 % uranium (log scale)", type: "log", grid: true },
      marks: [
        ...bandMarks(rows),
        Plot.dot(
          rows.filter((r) => r.kind !== "interim"),
          {
            x: "when",
            y: "p50",
            fill: "#b5443b",
            r: 2.5,
            title: (d) =>
              `${d.label}: ${d.p50.toFixed(1)} days (${d.p5.toFixed(1)}–${d.p95.toFixed(1)})`,
          },
        ),
        // Interim reports: hollow, so the quarterly series stays readable.
        ...(interim.length > 0
          ? [
              Plot.dot(interim, {
                x: "when",
                y: "p50",
                fill: "white",
                stroke: "#b5443b",
                r: 3,
                title: (d) =>
                  `${d.label} (interim report): ${d.p50.toFixed(1)} days (${d.p5.toFixed(1)}–${d.p95.toFixed(1)})`,
              }),
            ]
          : []),
        // Capacity inferred from reported production: a ring around the point.
        ...(inferred.length > 0
          ? [Plot.dot(inferred, { x: "when", y: "p50", stroke: "#e08a00", r: 6, fill: "none" })]
          : []),
        // Reports with no verified capacity: a dotted rule on each, and one label; no band.
        ...gapMarks(
          gaps.map((g) => g.when),
          gaps[0]?.reason ?? "",
          "left",
        ),
        Plot.ruleX(pubs, {
          x: "when",
          y1: (d: PublishedPoint) => d.lowDays ?? d.days,
          y2: (d: PublishedPoint) => d.highDays ?? d.days,
          stroke: "#1f5f8b",
        }),
        Plot.dot(pubs, {
          x: "when",
          y: "days",
          symbol: "diamond",
          fill: "#1f5f8b",
          r: 5,
          title: (d: PublishedPoint) => `${d.by}: ${d.days.toFixed(1)} days`,
        }),
        Plot.text(pubs, {
          x: "when",
          y: "days",
          text: (d: PublishedPoint) => `${shortName(d.by)} ${Math.round(d.days)} d`,
          dx: 8,
          textAnchor: "start",
          fill: "#1f5f8b",
        }),
        ...(options.markDate ? [dateRule(options.markDate)] : []),
        Plot.ruleY([30], { stroke: "#888", strokeDasharray: "2,3" }),
      ],
    },
    {
      title,
      subtitle: `Median (line) and 5th–95th percentile (band) of the model for each IAEA report${interim.length > 0 ? " (hollow dots: interim reports)" : ""}${inferred.length > 0 ? "; orange rings: capacity inferred from reported 60 % production" : ""}; published estimates as blue diamonds; dotted line at 30 days${gaps.length > 0 ? "; grey dotted lines: reports with no estimate" : ""}${options.markDate ? "; dashed line: the report selected" : ""}`,
      source: `IAEA quarterly reports (data/iaea-reports.json, version ${options.dataVersion}); published estimates as recorded with each report (ISIS/Institute for Science and International Security); Leverage breakout model, seed ${options.seed}, ${options.samples} draws per report`,
      assumptions: `${options.assumptions ?? DEFAULT_ASSUMPTIONS}; gaps in the data carried forward within limits, otherwise unknown (docs/methodology.md §2)`,
      width: options.width,
    },
    document,
  );
}
