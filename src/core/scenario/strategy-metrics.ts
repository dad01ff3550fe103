// Numbers the claims read off a strategy's tally. Probabilities are counts over draws (never NaN:
// an empty tally gives 0 or null).
import type { BargainingTally } from "../bargaining/index.js";
import { pDealByWeekFromTally } from "../bargaining/index.js";
import { quantile } from "../uncertain/index.js";

/** P(deal by the end of `week`). */
export const pDealBy = (t: BargainingTally, week: number) => pDealByWeekFromTally(t, week);

/** The US expected discounted payoff, pie units. */
export const usUtility = (t: BargainingTally) => (t.draws === 0 ? 0 : t.utilityUs / t.draws);

/** P(a deal by `week` on terms (US share) below `benchmark`) + P(no deal by `week`). */
export function pWeakDealOrDelay(t: BargainingTally, benchmark: number, week: number): number {
  if (t.draws === 0) return 0;
  let good = 0;
  for (let i = 0; i < t.terms.length; i++)
    if (t.dealWeeks[i] <= week && t.terms[i] >= benchmark) good++;
  return 1 - good / t.draws;
}

/** P(a deal by `week` on terms below `benchmark`). */
export function pWeakDeal(t: BargainingTally, benchmark: number, week: number): number {
  if (t.draws === 0) return 0;
  let weak = 0;
  for (let i = 0; i < t.terms.length; i++)
    if (t.dealWeeks[i] <= week && t.terms[i] < benchmark) weak++;
  return weak / t.draws;
}

/** The median week of the deals, or null when there is none. */
export function medianDealWeek(t: BargainingTally): number | null {
  if (t.dealWeeks.length === 0) return null;
  return quantile(Float64Array.from(t.dealWeeks).sort(), 0.5) as number;
}

/** The median US share in the deals, or null. */
export function medianTerms(t: BargainingTally): number | null {
  if (t.terms.length === 0) return null;
  return quantile(Float64Array.from(t.terms).sort(), 0.5) as number;
}

/** The mean week of the deals, or null when there is none. */
export function meanDealWeek(t: BargainingTally): number | null {
  if (t.dealWeeks.length === 0) return null;
  return t.dealWeeks.reduce((a, b) => a + b, 0) / t.dealWeeks.length;
}
