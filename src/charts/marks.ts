// Marks and helpers the chart specs share, so the same thing is drawn the same way everywhere.
import * as Plot from "@observablehq/plot";

/** An ISO date (YYYY-MM-DD) as a UTC Date for a time axis. */
export const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A dashed vertical rule at a date (the report selected, the scenario's date). */
export const dateRule = (iso: string, stroke = "#444") =>
  Plot.ruleX([utcDate(iso)], { stroke, strokeDasharray: "4,3" });

/**
 * Dates with no figure (unknown after a loss of access): a dotted rule on each and one label at
 * the first, to its left ("no verified capacity →") or right. Nothing when there are none.
 */
export function gapMarks(dates: Date[], label: string, side: "left" | "right"): Plot.Markish[] {
  if (dates.length === 0) return [];
  return [
    Plot.ruleX(dates, { stroke: "#999", strokeDasharray: "1,3" }),
    Plot.text(dates.slice(0, 1), {
      x: (d: Date) => d,
      frameAnchor: "top",
      dy: 6,
      dx: side === "left" ? -4 : 4,
      textAnchor: side === "left" ? "end" : "start",
      text: () => (side === "left" ? `${label} →` : label),
      fill: "#555",
    }),
  ];
}

/** A band of p5–p95 and its median line, by date (`when`), stepped between reports. */
export function bandMarks<T extends { when: Date; p5: number; p50: number; p95: number }>(
  rows: T[],
  color = "#b5443b",
): Plot.Markish[] {
  return [
    Plot.areaY(rows, {
      x: "when",
      y1: "p5",
      y2: "p95",
      fill: color,
      fillOpacity: 0.18,
      curve: "step-after",
    }),
    Plot.lineY(rows, { x: "when", y: "p50", stroke: color, strokeWidth: 2, curve: "step-after" }),
  ];
}

/** A legal limit as a dashed horizontal line, labelled at the left (e.g. the JCPOA's 202.8 kgU). */
export function limitLine(value: number, label: string): Plot.Markish[] {
  return [
    Plot.ruleY([value], { stroke: "#1f5f8b", strokeWidth: 1.5, strokeDasharray: "5,3" }),
    Plot.text([value], {
      y: (d: number) => d,
      frameAnchor: "left",
      dy: -7,
      dx: 4,
      textAnchor: "start",
      text: () => label,
      fill: "#1f5f8b",
    }),
  ];
}
