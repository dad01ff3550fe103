/**
 * Everything one SMP turn computes before bargaining, as flat arrays (n actors, D dimensions):
 * - `dist[i * n + j]`: salience-weighted distance from i's ideal to j's position, in [0, 1];
 * - `prob[i]`: the probability that i's position prevails (risk-neutral PCE);
 * - `bigR[i]`: i's risk attitude; `estUtil[(h * n + i) * n + j]`: h's estimate of i's utility of
 *   j's position.
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
  estUtil: Float64Array;
}
