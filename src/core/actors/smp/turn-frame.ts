import { estimatedRisk, riskUtility } from "./risk.js";
import type { SmpSettings } from "./smp-settings.js";

/**
 * Everything one SMP turn computes before bargaining, as flat arrays (n actors, D dimensions):
 * - `dist[i * n + j]`: salience-weighted distance from i's ideal to j's position, in [0, 1];
 * - `prob[i]`: the probability that i's position prevails (risk-neutral PCE);
 * - `bigR[i]`: i's risk attitude (see `perspectiveUtil` for h's estimates of everyone's utilities).
 */
export interface TurnFrame {
  n: number;
  nDims: number;
  cap: Float64Array;
  sal: Float64Array;
  salSum: Float64Array;
  ideal: Float64Array;
  position: Float64Array;
  dist: Float64Array;
  prob: Float64Array;
  bigR: Float64Array;
  bigRAdjust: SmpSettings["bigRAdjust"];
}

/**
 * h's estimate of every actor's utility of every position: `u[i * n + j]` = (1 − dᵢⱼ)(1 + dᵢⱼ·rₕᵢ)
 * with rₕᵢ h's estimate of i's risk attitude (KTAB `SMPState::aUtil[h]`).
 */
export function perspectiveUtil(f: TurnFrame, h: number): Float64Array {
  const n = f.n;
  const u = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const r = estimatedRisk(f.bigRAdjust, f.bigR[h], f.bigR[i]);
    for (let j = 0; j < n; j++) u[i * n + j] = riskUtility(f.dist[i * n + j], r);
  }
  return u;
}
