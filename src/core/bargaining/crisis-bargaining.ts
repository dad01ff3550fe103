// Crisis bargaining: war as a costly lottery over a pie of 1 (A's share p of the pie after a war).

/**
 * The bargaining range: the deals (A's share) both sides prefer to war (Fearon 1995):
 * [p − cA, p + cB], with p A's expected share from war and cA, cB the costs of war (≥ 0).
 * @example fearonRange(0.6, 0.1, 0.15) // { low: 0.5, high: 0.75 }
 */
export function fearonRange(
  winProbabilityA: number,
  costA: number,
  costB: number,
): { low: number; high: number } {
  return { low: winProbabilityA - costA, high: winProbabilityA + costB };
}

/**
 * B's optimal offer to A when A's cost of war is private, cA ~ U[0, C̄] (Fearon 1995's
 * risk–return trade-off; also brute-force checked in the tests): A accepts x iff x ≥ p − cA; B maximises (1 − x)·Pr(accept) + (1 − p − cB)·Pr(war), giving
 * x* = p + (cB − C̄)/2 clipped to [p − C̄, p] and Pr(war) = (p − x*)/C̄ (= (C̄ − cB)/(2C̄) inside).
 * @param maxCostA C̄ > 0
 * @example riskReturnOffer(0.6, 0.15, 0.35) // { offer: 0.5, warProbability: 0.285714… }
 */
export function riskReturnOffer(
  winProbabilityA: number,
  costB: number,
  maxCostA: number,
): { offer: number; warProbability: number } {
  const p = winProbabilityA;
  const offer = Math.min(p, Math.max(p - maxCostA, p + (costB - maxCostA) / 2));
  return { offer, warProbability: (p - offer) / maxCostA };
}

/** The two sides of Powell's condition and whether it holds. */
export interface PowellCheck {
  /** δ·q_{t+1} − q_t: how much the rising side's war share grows, discounted. */
  lhs: number;
  /** (1 − δ)(C_D + δ·C_R): what war costs, per period. */
  rhs: number;
  /** True when war is unavoidable (lhs > rhs). */
  war: boolean;
}

/**
 * Powell's (2006) commitment problem: with a rapid shift in power, the declining state D prefers
 * preventive war, whatever R promises, iff δ·q_{t+1} − q_t > (1 − δ)(C_D + δ·C_R). q_t is the
 * rising state's per-period share from war at t; C_D, C_R are the lump-sum costs of war. Our own
 * algebra on Powell's set-up (D's war value (1 − q_t)/(1 − δ) − C_D against the best peace,
 * 1 now plus δ times what R can extract from t + 1 on), checked by brute force in the tests.
 * @example powellCondition(0.9, 0.3, 0.6, 0.5, 0.5) // { lhs: 0.24, rhs: 0.095, war: true }
 */
export function powellCondition(
  delta: number,
  qNow: number,
  qNext: number,
  costDeclining: number,
  costRising: number,
): PowellCheck {
  const lhs = delta * qNext - qNow;
  const rhs = (1 - delta) * (costDeclining + delta * costRising);
  return { lhs, rhs, war: lhs > rhs };
}

/**
 * The smallest audience cost a that makes a threat credible (Fearon 1994). Our own algebra on
 * Fearon's set-up, checked by brute force in the tests: a leader who has threatened either fights,
 * worth p·V − c, or backs down, worth −a; the threat is credible iff p·V − c ≥ −a, i.e. a ≥ c − p·V.
 * @example audienceCostThreshold(0.4, 1, 0.5) // 0.1
 */
export function audienceCostThreshold(winProbability: number, stake: number, cost: number): number {
  return cost - winProbability * stake;
}
