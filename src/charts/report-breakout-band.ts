// Breakout time over time for a scenario report: the band by past report, the scenario's state and
// the projection ahead (dashed), with the scenario's date marked.
import * as Plot from "@observablehq/plot";
import type { ClockPoint } from "../core/index.js";
import { framedSvg } from "./frame.js";
import { bandMarks, dateRule, utcDate } from "./marks.js";

export interface BreakoutBandOptions {
  /** The scenario's as-of date, drawn as a rule. */
  asOf: string;
  /** A threshold drawn as a dotted line (e.g. 30 days), if any. */
  thresholdDays?: number;
  source: string;
  assumptions?: string;
  width?: number;
}

export function reportBreakoutBandChart(
  points: ClockPoint[],
  options: BreakoutBandOptions,
  document: Document,
): string {
  const rows = points
    .filter((p) => p.days !== null)
    .map((p) => ({ ...p, when: utcDate(p.date), ...(p.days as NonNullable<ClockPoint["days"]>) }));
  const past = rows.filter((r) => r.kind !== "projected");
  const ahead = rows.filter((r) => r.kind !== "report");
  const now = rows.find((r) => r.kind === "scenario");
  const last = ahead[ahead.length - 1];
  const title =
    now && last && last !== now
      ? `Breakout time: ${now.p50.toFixed(0)} days at ${now.label}, ${last.p50.toFixed(0)} days by ${last.date.slice(0, 7)} if the trend holds`
      : now
        ? `Breakout time: ${now.p50.toFixed(0)} days at ${now.label}`
        : "No breakout estimate for this state";
  return framedSvg(
    {
      marginLeft: 55,
      x: { label: "Date", type: "utc" },
      y: { label: "Days to 25 kg of 90 % uranium (log scale)", type: "log", grid: true },
      marks: [
        ...bandMarks(past),
        Plot.areaY(ahead, { x: "when", y1: "p5", y2: "p95", fill: "#e08a3c", fillOpacity: 0.18 }),
        Plot.lineY(ahead, {
          x: "when",
          y: "p50",
          stroke: "#e08a3c",
          strokeWidth: 2,
          strokeDasharray: "5,3",
        }),
        Plot.dot(now ? [now] : [], { x: "when", y: "p50", fill: "#222", r: 4 }),
        dateRule(options.asOf),
        Plot.text([{ when: utcDate(options.asOf) }], {
          x: "when",
          frameAnchor: "top",
          text: () => `scenario date ${options.asOf}`,
          dx: 4,
          dy: 4,
          textAnchor: "start",
          fill: "#444",
        }),
        ...(options.thresholdDays
          ? [Plot.ruleY([options.thresholdDays], { stroke: "#888", strokeDasharray: "2,3" })]
          : []),
      ],
    },
    {
      title,
      subtitle:
        "Median (line) and 5th–95th percentile (band) by IAEA report (red), then projected on the trend of the last three reports (orange, dashed); the dashed rule marks the scenario's date",
      source: options.source,
      assumptions: options.assumptions,
      width: options.width,
    },
    document,
  );
}
