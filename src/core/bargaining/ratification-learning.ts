// Ratification with learning: after a rejection the proposer knows more about the ratifier
// (Iida 1993, "When and how do domestic constraints matter?", JCR 37(3); the two-level set-up of
// Milner & Rosendorff 1997). Our own algebra on that set-up, derived in docs/bargaining.md
// ("Ratification with learning") and checked by brute force in the tests.
//
// The ratifier accepts the proposer's share x iff 1 − x ≥ ρ, ρ ~ U[ρ_lo, ρ_hi], and a rejection
// leaves the proposer with d_A. A rejection of x proves ρ > 1 − x, so the posterior is ρ ~
// U[max(ρ_lo, 1 − x), ρ_hi] and the next offer is the same one-shot optimum on that range.
import { ratificationOffer } from "./ratification.js";

export interface RatificationLearning {
  firstShare: number;
  firstProbability: number;
  /** The posterior range of ρ after the first offer is rejected. */
  posteriorLow: number;
  posteriorHigh: number;
  secondShare: number;
  secondProbability: number;
}

/**
 * The first offer (the one-shot optimum, x* = (1 − ρ_lo + d_A)/2 clipped to [1 − ρ_hi, 1 − ρ_lo]),
 * and the second after a rejection, on the truncated range. The first offer does not anticipate
 * the second round (as in the one-shot model the game uses); see docs for what that leaves out.
 * When the first offer is ratified for sure there is nothing to learn: the second is the first.
 * @example ratificationLearning(0.2, 0.6, 0.1) // first 0.45 (p 0.875), second 0.40 (p 1)
 */
export function ratificationLearning(
  low: number,
  high: number,
  reservation: number,
): RatificationLearning {
  const first = ratificationOffer(low, high, reservation);
  const posteriorLow = Math.max(low, 1 - first.proposerShare);
  if (!(posteriorLow < high))
    return {
      firstShare: first.proposerShare,
      firstProbability: first.ratifyProbability,
      posteriorLow: low,
      posteriorHigh: high,
      secondShare: first.proposerShare,
      secondProbability: first.ratifyProbability,
    };
  const second = ratificationOffer(posteriorLow, high, reservation);
  return {
    firstShare: first.proposerShare,
    firstProbability: first.ratifyProbability,
    posteriorLow,
    posteriorHigh: high,
    secondShare: second.proposerShare,
    secondProbability: second.ratifyProbability,
  };
}
