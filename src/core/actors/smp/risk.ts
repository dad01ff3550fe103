import type { SmpSettings } from "./smp-settings.js";

/**
 * Risk attitudes R from the actors' probabilities p (KTAB `SMPModel::bigRfromProb`), with
 * p_min = min(1, minᵢ pᵢ) and p_max = max(0, maxᵢ pᵢ). The most likely actor gets R = 1
 * (risk-averse); the least likely the bottom of the range: Min (p − p_min)/(p_max − p_min)
 * ∈ [0, 1]; Mid (3p − (p_max + 2p_min))/(2(p_max − p_min)) ∈ [−½, 1]; Max
 * (2p − (p_max + p_min))/(p_max − p_min) ∈ [−1, 1]. KTAB stops with an error when every p is
 * equal; here everyone is then risk-neutral (R = 0).
 */
export function bigRFromProb(p: ArrayLike<number>, range: SmpSettings["bigRRange"]): Float64Array {
  let pMin = 1;
  let pMax = 0;
  for (let i = 0; i < p.length; i++) {
    pMin = Math.min(pMin, p[i]);
    pMax = Math.max(pMax, p[i]);
  }
  const r = new Float64Array(p.length);
  if (!(pMax > pMin)) return r;
  for (let i = 0; i < p.length; i++) {
    if (range === "Min") r[i] = (p[i] - pMin) / (pMax - pMin);
    else if (range === "Mid") r[i] = (3 * p[i] - (pMax + 2 * pMin)) / (2 * (pMax - pMin));
    else r[i] = (2 * p[i] - (pMax + pMin)) / (pMax - pMin);
  }
  return r;
}

/**
 * h's estimate of i's risk attitude (KTAB `SMPState::setAllAUtil`): None R_h, OneThird
 * (2R_h + R_i)/3, Half (R_h + R_i)/2, TwoThirds (R_h + 2R_i)/3, Full R_i. Written as KTAB
 * writes them, so h's estimate of itself may differ from R_h in the last bit, as in KTAB.
 */
export function estimatedRisk(adjust: SmpSettings["bigRAdjust"], rh: number, ri: number): number {
  switch (adjust) {
    case "NoRA":
      return rh;
    case "OneThirdRA":
      return (2 * rh + ri) / 3;
    case "HalfRA":
      return (rh + ri) / 2;
    case "TwoThirdsRA":
      return (rh + 2 * ri) / 3;
    case "FullRA":
      return ri;
  }
}

/**
 * Risk-aware utility of distance d with attitude R (KTAB `SMPModel::bvUtil`): (1 − d)(1 + d·R)
 * for d ≤ 1, and (1 − d)(1 + R) beyond (which the unit scale never reaches).
 */
export function riskUtility(d: number, bigR: number): number {
  return d <= 1 ? (1 - d) * (1 + d * bigR) : (1 - d) * (1 + bigR);
}
