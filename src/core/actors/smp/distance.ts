/**
 * Salience-weighted distance between an actor's ideal and a point (KTAB `SMPModel::bvDiff`):
 * d = sqrt(Σₖ σₖ²(ξₖ − xₖ)² / Σₖ σₖ²), in [0, 1] on the unit scale. `sal`, `ideal` and `point`
 * are read from offsets `a` and `b` of flat row-major arrays with `nDims` columns.
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
    const dx = ideal[a + k] - point[b + k];
    num += s * s * dx * dx;
    den += s * s;
  }
  return den > 0 ? Math.sqrt(num / den) : 0;
}
