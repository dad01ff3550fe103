import * as Plot from "@observablehq/plot";
import type { StrategyResult } from "../core/index.js";
import { framedSvg } from "./frame.js";

/** The outcome of each strategy as one stacked bar: deal, delay, and breakdown by option. */
export function bargainingOutcomesChart(
  results: StrategyResult[],
  _options: object,
  document: Document,
): string {
  const rows = results.flatMap((r) => [
    { strategy: r.name, outcome: "deal", p: r.pDeal },
    { strategy: r.name, outcome: "delay beyond horizon", p: r.pDelay },
    ...Object.entries(r.pBreakdown).map(([option, p]) => ({
      strategy: r.name,
      outcome: `breakdown: ${option}`,
      p,
    })),
  ]);
  const best = results.reduce((a, b) => (b.pDeal > a.pDeal ? b : a));
  const worst = results.reduce((a, b) => (b.pDeal < a.pDeal ? b : a));
  return framedSvg(
    {
      marginLeft: 200,
      x: { label: "Probability (%) →", domain: [0, 100], grid: true },
      y: { label: null, domain: results.map((r) => r.name) },
      color: { scheme: "tableau10", domain: [...new Set(rows.map((d) => d.outcome))] },
      marks: [
        Plot.barX(rows, { x: (d) => 100 * d.p, y: "strategy", fill: "outcome", order: null }),
        // Direct labels instead of a legend (a legend makes Plot return HTML, not SVG).
        Plot.text(
          rows,
          Plot.stackX({
            x: (d) => 100 * d.p,
            y: "strategy",
            order: null,
            text: (d) => (d.p >= 0.08 ? `${d.outcome} ${(100 * d.p).toFixed(0)}%` : ""),
            fill: "white",
          }),
        ),
        Plot.ruleX([0]),
      ],
    },
    {
      title: `'${best.name}' is the likeliest to end in a deal (${(100 * best.pDeal).toFixed(0)}%); '${worst.name}' the least (${(100 * worst.pDeal).toFixed(0)}%)`,
      subtitle:
        "Share of Monte Carlo draws ending in a deal, delay beyond the horizon, or breakdown by each outside option",
      source: `Leverage bargaining table, ${results[0].samples} draws per strategy, seed ${results[0].seed}, config ${results[0].configHash}`,
      assumptions:
        "Every input is a judgement in the config file; see docs/bargaining.md for the model and its limits.",
      height: 80 + 40 * results.length,
    },
    document,
  );
}
