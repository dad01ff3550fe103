// The credibility of a threat learned from slipped deadlines (Kreps & Wilson 1982, "Reputation
// and imperfect information", JET 27, §2 for the updating; Sartori 2002, "The might of the pen",
// IO 56(1), for threats whose credibility is a reputation).
//
// The threatener is resolute with prior μ₀ and then carries a threat out with probability q_R, or
// bluffing, with q_B < q_R. The other side's credibility is c = μ q_R + (1 − μ) q_B. Each slip (the
// threat not carried out) is evidence of bluffing, so Bayes' rule gives
//   μ' = μ(1 − q_R) / (μ(1 − q_R) + (1 − μ)(1 − q_B)),
// and c falls towards q_B, not towards 0: a bluffer's threats keep some credibility.

export interface CredibilityPath {
  /** Credibility before each deadline, after 0, 1, …, `slips` slips. */
  credibility: number[];
  /** The posterior that the threatener is resolute, after 0, 1, …, `slips` slips. */
  muResolute: number[];
}

/** μ after one more slip, by Bayes' rule. */
export function posteriorAfterSlip(mu: number, qResolute: number, qBluff: number): number {
  const resolute = mu * (1 - qResolute);
  const total = resolute + (1 - mu) * (1 - qBluff);
  // Both types always carry out (q = 1): a slip cannot happen; keep the prior.
  return total > 0 ? resolute / total : mu;
}

/**
 * The credibility path after 0 … `slips` slipped deadlines.
 * @example bayesianCredibility(0.5, 0.8, 0.1, 3).credibility // [0.45, 0.227273, 0.132941, 0.107598]
 */
export function bayesianCredibility(
  mu0: number,
  qResolute: number,
  qBluff: number,
  slips: number,
): CredibilityPath {
  const credibility: number[] = [];
  const muResolute: number[] = [];
  let mu = mu0;
  for (let n = 0; n <= slips; n++) {
    muResolute.push(mu);
    credibility.push(mu * qResolute + (1 - mu) * qBluff);
    mu = posteriorAfterSlip(mu, qResolute, qBluff);
  }
  return { credibility, muResolute };
}

/**
 * Version 1's rule, for comparison: each slip multiplies credibility by a fixed `decay`, so it
 * tends to 0 whatever the threatener's type.
 * @example fixedDecayCredibility(0.45, 0.5, 3) // [0.45, 0.225, 0.1125, 0.05625]
 */
export function fixedDecayCredibility(initial: number, decay: number, slips: number): number[] {
  return Array.from({ length: slips + 1 }, (_, n) => initial * decay ** n);
}
