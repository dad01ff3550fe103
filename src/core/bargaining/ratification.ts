/** The proposer's optimal offer under a ratification constraint, and what it brings. */
export interface RatificationOffer {
  /** The proposer's share x*. */
  proposerShare: number;
  /** Pr(the ratifier accepts x*). */
  ratifyProbability: number;
  /** The proposer's expected utility: Pr·x* + (1 − Pr)·dA. */
  expectedUtility: number;
}

/**
 * A two-level game in the style of Iida (1993) and Tarar (2001): the ratifier accepts the
 * proposer's share x iff 1 − x ≥ ρ, with ρ ~ U[ρlo, ρhi]; if it refuses, the proposer gets dA.
 * Our own algebra on that set-up, checked by brute force in the tests: maximising
 * Pr(1 − x ≥ ρ)·x + (1 − Pr)·dA gives x* = (1 − ρlo + dA)/2 clipped to [1 − ρhi, 1 − ρlo].
 * Needs ρlo < ρhi.
 * @example ratificationOffer(0.2, 0.6, 0.1) // { proposerShare: 0.45, ratifyProbability: 0.875, expectedUtility: 0.40625 }
 */
export function ratificationOffer(
  thresholdLow: number,
  thresholdHigh: number,
  proposerReservation: number,
): RatificationOffer {
  const x = Math.min(
    1 - thresholdLow,
    Math.max(1 - thresholdHigh, (1 - thresholdLow + proposerReservation) / 2),
  );
  // Clipped: with ρhi − ρlo near machine precision the ratio can stray outside [0, 1].
  const ratifyProbability = Math.min(
    1,
    Math.max(0, (1 - x - thresholdLow) / (thresholdHigh - thresholdLow)),
  );
  return {
    proposerShare: x,
    ratifyProbability,
    expectedUtility: ratifyProbability * x + (1 - ratifyProbability) * proposerReservation,
  };
}
