// One strategy's result, from its merged tally: outcome probabilities (counted, then divided),
// terms, timing and utilities. Never NaN: an empty sample gives null quantiles.
import { quantile } from "../uncertain/index.js";
import type { BargainingConfig } from "./config-schema.js";
import type { BargainingTally } from "./monte-carlo.js";

/** p5, p50 and p95 of a sample, or null when it is empty. */
export interface Percentiles {
  p5: number;
  p50: number;
  p95: number;
}

/** A tornado row: the metric with one input pinned at its p10 and its p90. */
export interface TornadoRow {
  input: string;
  low: number;
  high: number;
  metricAtLow: number;
  metricAtHigh: number;
}

/** What the table command prints and `--json` writes, per strategy. */
export interface StrategyResult {
  name: string;
  seed: number;
  configHash: string;
  samples: number;
  pDeal: number;
  pDelay: number;
  /** Pr(breakdown) by option; pDeal + pDelay + Σ pBreakdown = 1. */
  pBreakdown: Record<string, number>;
  /** The part of the breakdowns that ends in a strike. */
  pStrike: number;
  /** Pr(breakdown at a week where Powell's preventive-war condition held). */
  pPowellWar: number;
  /** Pr(deal by `dealByWeek`). */
  pDealBy: number;
  dealByWeek: number;
  /** Pr(deal by the end of week t), t = 0…H − 1. */
  pDealByWeek: number[];
  /** The US share of the pie in a deal (0–1). */
  terms: Percentiles | null;
  dealWeek: Percentiles | null;
  /** Expected discounted payoffs in pie units (see docs/bargaining.md). */
  utility: { us: number; iran: number };
  counts: { deal: number; delay: number; breakdown: Record<string, number>; failed: number };
  /** `percent`: the metric is a probability, shown in %; otherwise a share of the pie. */
  tornado?: { metric: string; base: number; rows: TornadoRow[]; percent?: boolean };
}

function percentiles(xs: number[]): Percentiles | null {
  if (xs.length === 0) return null;
  const sorted = Float64Array.from(xs).sort();
  const at = (p: number) => quantile(sorted, p) as number;
  return { p5: at(0.05), p50: at(0.5), p95: at(0.95) };
}

/** Pr(deal by the end of week `week`) from a tally. */
export function pDealByWeekFromTally(tally: BargainingTally, week: number): number {
  if (tally.draws === 0) return 0;
  let deals = 0;
  for (let t = 0; t <= Math.min(week, tally.dealsByWeek.length - 1); t++)
    deals += tally.dealsByWeek[t];
  return deals / tally.draws;
}

/** Summarises strategy `index` from its merged tally. */
export function summarizeBargainingStrategy(
  config: BargainingConfig,
  index: number,
  tally: BargainingTally,
  seed: number,
  configHash: string,
): StrategyResult {
  const n = Math.max(1, tally.draws);
  const pBreakdown = Object.fromEntries(
    Object.entries(tally.breakdowns).map(([k, c]) => [k, c / n]),
  );
  let cumulative = 0;
  const pDealByWeek = tally.dealsByWeek.map((c) => {
    cumulative += c;
    return cumulative / n;
  });
  const dealByWeek = config.game.dealByWeek;
  return {
    name: config.strategies[index].name,
    seed,
    configHash,
    samples: tally.draws,
    pDeal: tally.deals / n,
    pDelay: tally.delays / n,
    pBreakdown,
    pStrike: tally.strikes / n,
    pPowellWar: tally.powellWars / n,
    pDealBy: pDealByWeekFromTally(tally, dealByWeek),
    dealByWeek,
    pDealByWeek,
    terms: percentiles(tally.terms),
    dealWeek: percentiles(tally.dealWeeks),
    utility: { us: tally.utilityUs / n, iran: tally.utilityIran / n },
    counts: {
      deal: tally.deals,
      delay: tally.delays,
      breakdown: { ...tally.breakdowns },
      failed: tally.failed,
    },
  };
}

/** A stable 16-hex-digit hash of a config (two FNV-1a 32-bit passes over its JSON). */
export function bargainingConfigHash(config: BargainingConfig): string {
  const text = JSON.stringify(config);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}
