import type { SmpSettings } from "./smp-settings.js";

/**
 * Risk attitudes R from the actors' probabilities p (KTAB `SMPModel::bigRfromProb`). The most
 * likely actor gets R = 1 (risk-averse); the least likely the bottom of the range:
 * Min (p − p_min)/(p_max − p_min) ∈ [0, 1]; Mid (3p − (p_max + 2p_min))/(2(p_max − p_min))
 * ∈ [−½, 1]; Max (2p − (p_max + p_min))/(p_max − p_min) ∈ [−1, 1]. All 0 when every p is equal.
 */
export function bigRFromProb(p: ArrayLike<number>, range: SmpSettings["bigRRange"]): Float64Array {
  let pMin = Number.POSITIVE_INFINITY;
  let pMax = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < p.length; i++) {
    pMin = Math.min(pMin, p[i]);
    pMax = Math.max(pMax, p[i]);
  }
  const r = new Float64Array(p.length);
  const span = pMax - pMin;
  if (!(span > 0)) return r;
  for (let i = 0; i < p.length; i++) {
    if (range === "Min") r[i] = (p[i] - pMin) / span;
    else if (range === "Mid") r[i] = (3 * p[i] - (pMax + 2 * pMin)) / (2 * span);
    else r[i] = (2 * p[i] - (pMax + pMin)) / span;
  }
  return r;
}

const ADJUST: Record<SmpSettings["bigRAdjust"], number> = {
  NoRA: 0,
  OneThirdRA: 1 / 3,
  HalfRA: 1 / 2,
  TwoThirdsRA: 2 / 3,
  FullRA: 1,
};

/** h's estimate of i's risk attitude: (1 − a)R_h + a·R_i; with ⅓ that is (2R_h + R_i)/3. */
export function estimatedRisk(adjust: SmpSettings["bigRAdjust"], rh: number, ri: number): number {
  const a = ADJUST[adjust];
  return (1 - a) * rh + a * ri;
}

/** Risk-aware utility of distance d ∈ [0, 1] with attitude R: (1 − d)(1 + d·R) (KTAB bvUtil). */
export function riskUtility(d: number, bigR: number): number {
  return (1 - d) * (1 + d * bigR);
}
