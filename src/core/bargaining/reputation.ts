// The reputational war of attrition (Abreu & Gul 2000, "Bargaining and reputation", Econometrica
// 68(1), §3–4), with the outside-option guard of Compte & Jehiel (2002, Econometrica 70(4)).
//
// Each side i demands α_i of a pie of 1 (α₁ + α₂ > 1, so the demands are incompatible) and is,
// with prior probability z_i, a committed type that never concedes. Rational types mimic the
// committed one and concede at the constant hazard λ_i that keeps the other side indifferent
// between conceding now (1 − α_i) and waiting: λ_i = r_j(1 − α_i)/(α₁ + α₂ − 1), with r_j the
// other side's discount rate (continuous time). Side i's reputation reaches 1 at T_i = −ln z_i/λ_i;
// both must be done by T₀ = min T_i, so the side with the longer T_i concedes at once with
// probability c_i = 1 − z_i e^{λ_i T₀}.

export interface ReputationInput {
  /** Discount rates r1, r2 > 0 (per unit of time). */
  r1: number;
  r2: number;
  /** Demands α1, α2 in (0, 1) with α1 + α2 > 1. */
  a1: number;
  a2: number;
  /** Prior probabilities z1, z2 in (0, 1) that each side is committed. */
  z1: number;
  z2: number;
  /** Outside options o1, o2 (value of walking away at once; default 0, as in Abreu–Gul). */
  o1?: number;
  o2?: number;
}

export interface Reputation {
  lambda1: number;
  lambda2: number;
  /** T_i = −ln z_i/λ_i. */
  T1: number;
  T2: number;
  /** T₀ = min(T1, T2): by then every rational type has conceded. */
  T0: number;
  /** P(side i concedes at time 0). */
  c1: number;
  c2: number;
  /** Each rational side's expected payoff. */
  u1: number;
  u2: number;
  /** P(no agreement ever) = z1·z2 (both committed), or 1 when an outside option is taken. */
  pImpasse: number;
  /** 0, or the side (1 or 2) whose outside option beats conceding (the Compte–Jehiel guard). */
  outsideOptionSide: 0 | 1 | 2;
  /** P(no agreement by time t). */
  pNoAgreementBy: (t: number) => number;
}

/**
 * The Abreu–Gul solution. Payoffs: the side that may concede at 0 (the weaker, T_i ≥ T_j) is
 * indifferent, so u_i = 1 − α_j; the stronger gets u_j = c_i α_j + (1 − c_i)(1 − α_i).
 * P(no agreement by t) = (1 − c₁)(1 − c₂)e^{−(λ₁ + λ₂)·min(t, T₀)}, which is z₁z₂ from T₀ on.
 *
 * The guard (Compte & Jehiel 2002, our reading of their main result): if a side's outside option
 * beats conceding to the other's demand, o_i > 1 − α_j, the war of attrition unravels: rational
 * types reveal themselves at once and the outcome is the outside option (both sides get o_i, o_j,
 * no agreement). When both sides qualify, side 1 is reported.
 * @example reputation({ r1: 0.1, r2: 0.1, a1: 0.7, a2: 0.7, z1: 0.1, z2: 0.1 }).T0 // 30.701135
 */
export function reputation(input: ReputationInput): Reputation {
  const { r1, r2, a1, a2, z1, z2, o1 = 0, o2 = 0 } = input;
  if (!(a1 + a2 > 1)) throw new RangeError(`a1 + a2 must exceed 1, got ${a1 + a2}`);
  const excess = a1 + a2 - 1;
  const lambda1 = (r2 * (1 - a1)) / excess;
  const lambda2 = (r1 * (1 - a2)) / excess;
  const T1 = -Math.log(z1) / lambda1;
  const T2 = -Math.log(z2) / lambda2;
  const T0 = Math.min(T1, T2);
  // The stronger side (T_i = T₀) never concedes at once: c_i = 1 − z_i e^{λ_i T_i} = 0 exactly.
  const c1 = T1 <= T2 ? 0 : 1 - z1 * Math.exp(lambda1 * T0);
  const c2 = T2 <= T1 ? 0 : 1 - z2 * Math.exp(lambda2 * T0);
  const side: 0 | 1 | 2 = o1 > 1 - a2 ? 1 : o2 > 1 - a1 ? 2 : 0;
  const rates = { lambda1, lambda2, T1, T2, T0, c1, c2 };
  if (side !== 0)
    return {
      ...rates,
      u1: o1,
      u2: o2,
      pImpasse: 1,
      outsideOptionSide: side,
      pNoAgreementBy: () => 1,
    };
  // T1 ≥ T2: side 1 is the weaker and may concede at once (c1 ≥ 0, c2 = 0), and vice versa.
  return {
    ...rates,
    u1: T1 >= T2 ? 1 - a2 : c2 * a1 + (1 - c2) * (1 - a2),
    u2: T2 >= T1 ? 1 - a1 : c1 * a2 + (1 - c1) * (1 - a1),
    pImpasse: z1 * z2,
    outsideOptionSide: 0,
    pNoAgreementBy: (t) =>
      (1 - c1) * (1 - c2) * Math.exp(-(lambda1 + lambda2) * Math.min(Math.max(t, 0), T0)),
  };
}
