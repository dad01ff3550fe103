// The one-at-a-time sensitivity of one strategy in a scenario report: P(deal by date) with each
// input pinned at its p5 and its p95, the others drawn as usual with the same seed.
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
  const base = 100 * (tornado?.base ?? 0);
  const bars = rows.flatMap((r) => [
    { input: r.input, end: "input at p5", from: base, to: 100 * r.metricAtLow },
    { input: r.input, end: "input at p95", from: base, to: 100 * r.metricAtHigh },
  ]);
  const top = rows[0];
  const title = top
    ? `For '${result.name}', ${top.input} moves P(deal by date) the most (${(100 * top.metricAtLow).toFixed(0)} % to ${(100 * top.metricAtHigh).toFixed(0)} %)`
    : `For '${result.name}', no input is uncertain`;
  return framedSvg(
    {
      marginLeft: 290,
      x: { label: "P(deal by date) (%) →", grid: true },
      y: { label: null, domain: rows.map((r) => r.input) },
      color: { domain: ["input at p5", "input at p95"], range: ["#4e79a7", "#e15759"] },
      marks: [
        Plot.barX(bars, { x1: "from", x2: "to", y: "input", fill: "end" }),
        Plot.ruleX([base], { stroke: "#222" }),
      ],
    },
    {
      title,
      subtitle: `${tornado?.metric ?? "P(deal by date)"}: blue at the input's 5th percentile, red at its 95th; the black line is the base case`,
      source: options.source,
      assumptions: "Other inputs drawn as usual with the same seed (common random numbers).",
      height: 80 + 28 * Math.max(1, rows.length),
    },
    document,
  );
}
