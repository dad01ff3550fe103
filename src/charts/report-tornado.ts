// The one-at-a-time sensitivity of one strategy in a scenario report: its metric (the US expected
// utility, or a probability) with each input pinned at its p5 and its p95, the others drawn as usual
// with the same seed.
import * as Plot from "@observablehq/plot";
import type { StrategyResult } from "../core/index.js";
import { framedSvg } from "./frame.js";

export function reportTornadoChart(
  result: StrategyResult,
  options: { maxRows?: number; source: string },
  document: Document,
): string {
  const tornado = result.tornado;
  const rows = (tornado?.rows ?? []).slice(0, options.maxRows ?? 10);
  const scale = tornado?.percent === false ? 1 : 100;
  const show = (x: number) => (scale === 100 ? `${(100 * x).toFixed(0)} %` : x.toFixed(3));
  const metric = tornado?.metric ?? "P(deal by date)";
  const base = scale * (tornado?.base ?? 0);
  const bars = rows.flatMap((r) => [
    { input: r.input, end: "input at p5", from: base, to: scale * r.metricAtLow },
    { input: r.input, end: "input at p95", from: base, to: scale * r.metricAtHigh },
  ]);
  const top = rows[0];
  const title = top
    ? `For '${result.name}', ${top.input} moves the ${metric} the most (${show(top.metricAtLow)} to ${show(top.metricAtHigh)})`
    : `For '${result.name}', no input is uncertain`;
  return framedSvg(
    {
      marginLeft: 290,
      x: { label: `${metric}${scale === 100 ? " (%)" : ""} →`, grid: true },
      y: { label: null, domain: rows.map((r) => r.input) },
      color: { domain: ["input at p5", "input at p95"], range: ["#4e79a7", "#e15759"] },
      marks: [
        Plot.barX(bars, { x1: "from", x2: "to", y: "input", fill: "end" }),
        Plot.ruleX([base], { stroke: "#222" }),
      ],
    },
    {
      title,
      subtitle: `${metric}: blue with the input at its 5th percentile, red at its 95th; the black line is the base case`,
      source: options.source,
      assumptions: "Other inputs drawn as usual with the same seed (common random numbers).",
      height: 80 + 28 * Math.max(1, rows.length),
    },
    document,
  );
}
