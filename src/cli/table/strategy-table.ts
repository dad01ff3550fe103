// The human-readable comparison of strategies (the default output of `leverage table`).
import type { BargainingConfig, StrategyResult } from "../../core/index.js";
import { fmt, formatTable } from "../output.js";

const pct = (p: number) => `${fmt(100 * p, 1)}%`;

/** One row per strategy: outcome probabilities, terms, timing and utilities; then the tornado. */
export function formatStrategyTable(
  results: StrategyResult[],
  config: BargainingConfig,
  seed: number,
): string {
  const options = config.game.options.map((o) => o.name);
  const columns = [
    "strategy",
    "P(deal)",
    `P(deal by wk ${config.game.dealByWeek})`,
    "P(delay)",
    ...options.map((o) => `P(${o})`),
    "P(ends in strike)",
    "US terms p5–p50–p95",
    "deal week p50",
    "EU US",
    "EU Iran",
  ];
  const rows = results.map((r) => [
    r.name,
    pct(r.pDeal),
    pct(r.pDealBy),
    pct(r.pDelay),
    ...options.map((o) => pct(r.pBreakdown[o] ?? 0)),
    pct(r.pStrike),
    r.terms ? `${fmt(r.terms.p5, 2)}–${fmt(r.terms.p50, 2)}–${fmt(r.terms.p95, 2)}` : "–",
    r.dealWeek ? fmt(r.dealWeek.p50, 0) : "–",
    fmt(r.utility.us, 3),
    fmt(r.utility.iran, 3),
  ]);
  const lines = [formatTable(columns, rows)];
  for (const r of results) {
    if (!r.tornado || r.tornado.rows.length === 0) continue;
    lines.push(
      `\nTornado for '${r.name}': ${r.tornado.metric}, base ${pct(r.tornado.base)} (inputs at p10 / p90)\n`,
    );
    lines.push(
      formatTable(
        ["input", "p10", "p90", "at p10", "at p90"],
        r.tornado.rows
          .slice(0, 8)
          .map((row) => [
            row.input,
            fmt(row.low, 3),
            fmt(row.high, 3),
            pct(row.metricAtLow),
            pct(row.metricAtHigh),
          ]),
      ),
    );
  }
  const first = results[0];
  lines.push(
    `\n${first.samples} draws per strategy, seed ${seed}, config ${first.configHash}. Terms are the US share of the pie (0–1); EU = expected discounted payoff in pie units.\n`,
  );
  return lines.join("");
}
