import * as Plot from "@observablehq/plot";
import type { StrategyResult } from "../core/index.js";
import { framedSvg } from "./frame.js";

/** The tornado of one strategy: P(deal by date) with each input at its p10 and p90. */
export function bargainingTornadoChart(
  result: StrategyResult,
  options: { maxRows?: number },
  document: Document,
): string {
  const tornado = result.tornado;
  const rows = (tornado?.rows ?? []).slice(0, options.maxRows ?? 12);
  const base = 100 * (tornado?.base ?? 0);
  const bars = rows.flatMap((r) => [
    { input: r.input, end: "input at p10", from: base, to: 100 * r.metricAtLow },
    { input: r.input, end: "input at p90", from: base, to: 100 * r.metricAtHigh },
  ]);
  const top = rows[0];
  const title = top
    ? `For '${result.name}', ${top.input} moves ${tornado?.metric ?? "the metric"} the most (${(100 * top.metricAtLow).toFixed(0)}% to ${(100 * top.metricAtHigh).toFixed(0)}%)`
    : `For '${result.name}', no input is uncertain`;
  return framedSvg(
    {
      marginLeft: 260,
      x: { label: `${tornado?.metric ?? "P(deal)"} (%) →`, grid: true },
      y: { label: null, domain: rows.map((r) => r.input) },
      color: {
        legend: true,
        domain: ["input at p10", "input at p90"],
        range: ["#4e79a7", "#e15759"],
      },
      marks: [
        Plot.barX(bars, { x1: "from", x2: "to", y: "input", fill: "end" }),
        Plot.ruleX([base], { stroke: "#222" }),
      ],
    },
    {
      title,
      subtitle: `Change in ${tornado?.metric ?? "P(deal)"} when one input is pinned at its 10th (blue) or 90th (red) percentile; the black line is the base case`,
      source: `Leverage bargaining table, seed ${result.seed}, config ${result.configHash}`,
      assumptions: "Other inputs drawn as usual with the same seed (common random numbers).",
      height: 80 + 28 * Math.max(1, rows.length),
    },
    document,
  );
}
