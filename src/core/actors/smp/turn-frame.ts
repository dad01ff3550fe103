import { weightedDistance } from "./distance.js";
import { pce } from "./pce.js";
import { bigRFromProb, estimatedRisk, riskUtility } from "./risk.js";
import type { SmpSettings } from "./smp-settings.js";

/** The inputs of one turn (unit scale): capabilities and saliences (n × D, row-major). */
export interface SmpActors {
  n: number;
  nDims: number;
  cap: Float64Array;
  sal: Float64Array;
}

/**
 * What a turn computes from the current state alone, before anyone challenges (flat arrays):
 * - `position`: everyone's position, which is also everyone's ideal (KTAB's CSV runs re-set each
 *   ideal to the actor's position after every turn);
 * - `dist[i * n + j]`: salience-weighted distance from i's ideal to j's position, in [0, 1];
 * - `prob[i]`: the probability that i's position prevails (risk-neutral PCE, capability votes);
 * - `bigR[i]`: i's risk attitude; `weight[i]` = cᵢ·Sᵢ, i's weight in a challenge.
 */
export interface TurnFrame extends SmpActors {
  salSum: Float64Array;
  weight: Float64Array;
  position: Float64Array;
  dist: Float64Array;
  prob: Float64Array;
  bigR: Float64Array;
  bigRAdjust: SmpSettings["bigRAdjust"];
}

/**
 * Sets up a turn (KTAB `SMPState::setAllAUtil`): distances from the current positions, the PCE
 * over the n positions as they are (duplicates kept) with votes cₖ(uₖᵢ − uₖⱼ) on utilities
 * 1 − d, and risk attitudes R from its probabilities.
 */
export function frameTurn(a: SmpActors, position: Float64Array, s: SmpSettings): TurnFrame {
  const { n, nDims, cap, sal } = a;
  const salSum = new Float64Array(n);
  const weight = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < nDims; k++) salSum[i] += sal[i * nDims + k];
    weight[i] = cap[i] * salSum[i];
  }
  const dist = new Float64Array(n * n);
  const neutral = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const d = weightedDistance(sal, position, i * nDims, position, j * nDims, nDims);
      dist[i * n + j] = d;
      neutral[i * n + j] = 1 - d;
    }
  const prob = pce(cap, neutral, n, s);
  const bigR = bigRFromProb(prob, s.bigRRange);
  return { ...a, salSum, weight, position, dist, prob, bigR, bigRAdjust: s.bigRAdjust };
}

/**
 * h's estimate of every actor's utility of every position (KTAB `aUtil[h]`):
 * `u[i * n + j]` = u(dᵢⱼ, rʰᵢ), with rʰᵢ h's estimate of i's risk attitude. Writes into `u` if
 * given (n × n).
 */
export function perspectiveUtil(
  f: TurnFrame,
  h: number,
  u = new Float64Array(f.n * f.n),
): Float64Array {
  const n = f.n;
  for (let i = 0; i < n; i++) {
    const r = estimatedRisk(f.bigRAdjust, f.bigR[h], f.bigR[i]);
    for (let j = 0; j < n; j++) u[i * n + j] = riskUtility(f.dist[i * n + j], r);
  }
  return u;
}
