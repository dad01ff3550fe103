// The tornado of one strategy for the dashboard: P(deal by date) with each uncertain input pinned
// at its 10th and 90th percentile. Labels are marks (Plot's colour legend would be HTML, which an
// SVG file cannot hold).
import * as Plot from "@observablehq/plot";
import type { StrategyResult } from "../core/index.js";
import { framedSvg } from "./frame.js";

const LOW = "#4e79a7";
const HIGH = "#e15759";

/** Bars from the base case to the metric at each pinned end, widest swing on top. */
export function webTornadoChart(
  result: StrategyResult,
  options: { maxRows?: number; width?: number },
  document: Document,
): string {
  const tornado = result.tornado;
  const rows = (tornado?.rows ?? []).slice(0, options.maxRows ?? 10);
  const base = 100 * (tornado?.base ?? 0);
  const metric = tornado?.metric ?? "P(deal)";
  const bars = rows.flatMap((r) => [
    { input: r.input, end: "p10", at: r.low, from: base, to: 100 * r.metricAtLow },
    { input: r.input, end: "p90", at: r.high, from: base, to: 100 * r.metricAtHigh },
  ]);
  const top = rows[0];
  const title = top
    ? `For '${result.name}', ${top.input} moves ${metric} the most: ${(100 * top.metricAtLow).toFixed(0)} % at its 10th percentile, ${(100 * top.metricAtHigh).toFixed(0)} % at its 90th`
    : `For '${result.name}', no input is uncertain`;
  const fmt = (x: number) => (Math.abs(x) >= 10 ? x.toFixed(1) : +x.toFixed(3));
  return framedSvg(
    {
      marginLeft: 230,
      marginRight: 40,
      x: { label: `${metric} (%) →`, grid: true },
      y: { label: null, domain: rows.map((r) => r.input) },
      color: { domain: ["p10", "p90"], range: [LOW, HIGH] },
      marks: [
        Plot.barX(bars, {
          x1: "from",
          x2: "to",
          y: "input",
          fill: "end",
          insetTop: 3,
          insetBottom: 3,
          title: (d) => `${d.input} = ${fmt(d.at)} (${d.end}): ${d.to.toFixed(1)} %`,
        }),
        Plot.text(bars, {
          x: "to",
          y: "input",
          text: (d) => `${fmt(d.at)}`,
          dx: 4,
          textAnchor: "start",
          fontSize: 9,
          fill: (d: { end: string }) => (d.end === "p10" ? LOW : HIGH),
          filter: (d: { to: number; from: number }) => d.to >= d.from,
        }),
        Plot.text(bars, {
          x: "to",
          y: "input",
          text: (d) => `${fmt(d.at)}`,
          dx: -4,
          textAnchor: "end",
          fontSize: 9,
          fill: (d: { end: string }) => (d.end === "p10" ? LOW : HIGH),
          filter: (d: { to: number; from: number }) => d.to < d.from,
        }),
        Plot.ruleX([base], { stroke: "#222" }),
      ],
    },
    {
      title,
      subtitle: `Change in ${metric} when one input is pinned at its 10th (blue) or 90th (red) percentile, the pinned value at the bar's end; black line: the base case (${base.toFixed(1)} %)`,
      source: `Leverage bargaining table, ${result.samples} draws per bar end, seed ${result.seed}, config ${result.configHash}`,
      assumptions:
        "Other inputs drawn as usual with the same seed (common random numbers); the widest swings first.",
      width: options.width,
      height: 70 + 26 * Math.max(1, rows.length),
    },
    document,
  );
}
