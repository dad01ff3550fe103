/**
 * Salience-weighted distance from an actor's ideal to a point (KTAB `SMPModel::bvDiff`):
 * d = √(Σₖ (σₖ(ξₖ − yₖ))² / Σₖ σₖ²), in [0, 1] on the unit scale. The product σ·(ξ − y) is formed
 * before squaring, as KTAB does, so results agree to the last bit. `sal` and `ideal` are read
 * from offset `a`, `point` from offset `b`, of flat row-major arrays with `nDims` columns.
 * KTAB stops when an actor has no salience at all; here that actor is at distance 0 from
 * everything (indifferent).
 */
export function weightedDistance(
  sal: Float64Array,
  ideal: Float64Array,
  a: number,
  point: ArrayLike<number>,
  b: number,
  nDims: number,
): number {
  let num = 0;
  let den = 0;
  for (let k = 0; k < nDims; k++) {
    const s = sal[a + k];
    const t = s * (ideal[a + k] - point[b + k]);
    num += t * t;
    den += s * s;
  }
  return den > 0 ? Math.sqrt(num / den) : 0;
}
