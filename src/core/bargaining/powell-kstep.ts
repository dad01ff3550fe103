// Powell's (2006) commitment problem over k steps ("War as a commitment problem", IO 60(1)):
// our own algebra on his set-up, derived in docs/bargaining.md ("Powell over k steps") and checked
// against a linear program in the tests.
//
// A declining state D and a rising state R share a flow of 1 per period. War at time s gives R the
// share q_s of the flow for ever, less a lump cost C_R (D: 1 − q_s, less C_D). At peace R can never
// be held below its war value W_s = q_s/(1 − δ) − C_R at any later s, and D can promise nothing
// beyond the flow, so the least D must concede from t on is max_{k≥0} δᵏ W_{t+k} (nothing until the
// binding date, then enough to keep R at its war value). D fights at t iff its war value beats the
// best peace it can keep:
//   max_k [δᵏ q_{t+k} − q_t − (1 − δ)δᵏ C_R] > (1 − δ) C_D.
// With k = 1 only this is the one-step form δq_{t+1} − q_t > (1 − δ)(C_D + δC_R) of version 1.

export interface PowellKStep {
  /** max over k ≥ 1 of δᵏ q_{t+k} − q_t − (1 − δ)δᵏ C_R (k within the list). */
  lhsMax: number;
  /** The k that attains it (the binding date, in periods after t). */
  atK: number;
  /** (1 − δ) C_D. */
  rhs: number;
  /** True iff lhsMax > rhs: D fights at t whatever R promises. */
  war: boolean;
  /** The k = 1 term, the one-step form's left side less its right side's (1 − δ)δC_R part. */
  oneStepLhs: number;
}

/**
 * The k-step check at period t of a path of war shares q_t, q_{t+1}, … . Beyond the list q stays
 * at its last value; the maximum over that flat tail is at its first period (or, when
 * q_last < (1 − δ)C_R, tends to −q_t < 0 < rhs, which can never mean war), so k runs over the list.
 * @example powellKStep(0.99, 10, 10, [0.1, 0.18, …, 0.9]).lhsMax // 0.623506 at k = 10
 */
export function powellKStep(
  delta: number,
  costDeclining: number,
  costRising: number,
  warShares: readonly number[],
  t = 0,
): PowellKStep {
  if (warShares.length < t + 2)
    throw new RangeError(`q needs at least ${t + 2} values (periods t and t + 1)`);
  const q0 = warShares[t];
  const term = (k: number) =>
    delta ** k * warShares[t + k] - q0 - (1 - delta) * delta ** k * costRising;
  let lhsMax = term(1);
  let atK = 1;
  for (let k = 2; t + k < warShares.length; k++) {
    const v = term(k);
    if (v > lhsMax) {
      lhsMax = v;
      atK = k;
    }
  }
  const rhs = (1 - delta) * costDeclining;
  return { lhsMax, atK, rhs, war: lhsMax > rhs, oneStepLhs: term(1) };
}
