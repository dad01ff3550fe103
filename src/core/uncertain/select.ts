// Floyd & Rivest's SELECT (CACM 18, 1975, Algorithm 489), as in d3-array's quickselect but on a
// Float64Array with inline comparisons: about twice as fast as d3's generic comparator version.

function swap(xs: Float64Array, i: number, j: number): void {
  const t = xs[i];
  xs[i] = xs[j];
  xs[j] = t;
}

/**
 * Reorders `xs[left..right]` in place so that xs[k] is the value it would have if that range were
 * sorted, with smaller-or-equal values before it and greater-or-equal after. No NaN allowed.
 */
export function selectInPlace(xs: Float64Array, k: number, left = 0, right = xs.length - 1): void {
  let lo = left;
  let hi = right;
  while (hi > lo) {
    if (hi - lo > 600) {
      // Recurse on a sample around k so the pivot lands near it.
      const n = hi - lo + 1;
      const m = k - lo + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const newLo = Math.max(lo, Math.floor(k - (m * s) / n + sd));
      const newHi = Math.min(hi, Math.floor(k + ((n - m) * s) / n + sd));
      selectInPlace(xs, k, newLo, newHi);
    }
    const t = xs[k];
    let i = lo;
    let j = hi;
    swap(xs, lo, k);
    if (xs[hi] > t) swap(xs, lo, hi);
    while (i < j) {
      swap(xs, i, j);
      i++;
      j--;
      while (xs[i] < t) i++;
      while (xs[j] > t) j--;
    }
    if (xs[lo] === t) swap(xs, lo, j);
    else {
      j++;
      swap(xs, j, hi);
    }
    if (j <= k) lo = j + 1;
    if (k <= j) hi = j - 1;
  }
}

/** The smallest of xs[left..right]. */
export function minOf(xs: Float64Array, left: number, right: number): number {
  let m = xs[left];
  for (let i = left + 1; i <= right; i++) if (xs[i] < m) m = xs[i];
  return m;
}
