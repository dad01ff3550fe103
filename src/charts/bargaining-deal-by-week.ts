import * as Plot from "@observablehq/plot";
import type { StrategyResult } from "../core/index.js";
import { framedSvg } from "./frame.js";

/** P(deal by the end of each week), one line per strategy. */
export function bargainingDealByWeekChart(
  results: StrategyResult[],
  options: { start?: string },
  document: Document,
): string {
  const rows = results.flatMap((r) =>
    r.pDealByWeek.map((p, week) => ({ strategy: r.name, week, p: 100 * p })),
  );
  const last = results.map((r) => ({ name: r.name, p: r.pDealByWeek.at(-1) ?? 0 }));
  const best = last.reduce((a, b) => (b.p > a.p ? b : a));
  const week = results[0].dealByWeek;
  const horizon = Math.max(1, results[0].pDealByWeek.length - 1);
  // A legend drawn as marks (Plot's own legend would make the chart HTML, not SVG).
  const legend = results.map((r, i) => ({ strategy: r.name, x: 0.55 * horizon, y: 42 - 7 * i }));
  return framedSvg(
    {
      x: { label: `Weeks from ${options.start ?? "the start"} →`, grid: true },
      y: { label: "↑ P(deal by week) (%)", domain: [0, 100], grid: true },
      color: { scheme: "tableau10", domain: results.map((r) => r.name) },
      marks: [
        Plot.dot(legend, { x: "x", y: "y", fill: "strategy", r: 4 }),
        Plot.text(legend, {
          x: "x",
          y: "y",
          text: "strategy",
          dx: 8,
          textAnchor: "start",
          fill: "#222",
        }),
        Plot.line(rows, { x: "week", y: "p", stroke: "strategy", curve: "step-after" }),
        Plot.ruleX([week], { stroke: "#999", strokeDasharray: "4,3" }),
      ],
    },
    {
      title: `By the end of the horizon '${best.name}' has the highest chance of a deal (${(100 * best.p).toFixed(0)}%)`,
      subtitle: `Cumulative probability of a deal by each week; dashed line: the report date (week ${week})`,
      source: `Leverage bargaining table, ${results[0].samples} draws per strategy, seed ${results[0].seed}, config ${results[0].configHash}`,
      assumptions: "Weekly steps; the breakout series is given in the config and interpolated.",
    },
    document,
  );
}
