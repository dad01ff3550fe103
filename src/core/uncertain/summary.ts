import { minOf, selectInPlace } from "./select.js";

/** Summary statistics of a sample; `sd` is the sample sd (n − 1 denominator), 0 when n = 1. */
export interface Summary {
  empty: false;
  n: number;
  mean: number;
  sd: number;
  p5: number;
  p50: number;
  p95: number;
}

/** What `summarize` returns for no values: it says so instead of inventing numbers or NaN. */
export interface EmptySummary {
  empty: true;
  n: 0;
}

/**
 * The R-7 quantile (Hyndman & Fan 1996, type 7; R's and d3-array's default) of ascending `sorted`.
 * p is clamped to [0, 1]. Returns undefined when `sorted` is empty or p is NaN.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | undefined {
  const n = sorted.length;
  if (n === 0 || Number.isNaN(p)) return undefined;
  if (p <= 0 || n === 1) return sorted[0];
  if (p >= 1) return sorted[n - 1];
  const h = (n - 1) * p;
  const i = Math.floor(h);
  const lo = sorted[i];
  const hi = sorted[i + 1];
  // Clamp: lo + (hi − lo)·t can round past hi, which would break monotonicity in p.
  return Math.min(hi, lo + (hi - lo) * (h - i));
}

/**
 * R-7 quantiles of `xs` (any order, no NaN) at each p of `ps`, in the order of `ps`; p is clamped
 * to [0, 1] (NaN counts as 0). Works on a copy by selection, O(n) per p rather than a full sort.
 * Empty when `xs` is empty.
 */
export function quantiles(xs: ArrayLike<number>, ps: readonly number[]): number[] {
  const n = xs.length;
  if (n === 0) return [];
  const copy = Float64Array.from(xs);
  const order = ps.map((_, k) => k).sort((a, b) => ps[a] - ps[b]);
  const out = new Array<number>(ps.length);
  // Ascending p: each selection only needs the part to the right of the previous one.
  let left = 0;
  for (const k of order) {
    const p = ps[k] > 0 ? Math.min(1, ps[k]) : 0;
    const h = (n - 1) * p;
    const i = Math.floor(h);
    if (i >= left) {
      selectInPlace(copy, i, left, n - 1);
      left = i + 1;
    }
    const lo = copy[i];
    const hi = i + 1 < n && h > i ? minOf(copy, i + 1, n - 1) : lo;
    out[k] = Math.min(hi, lo + (hi - lo) * (h - i));
  }
  return out;
}

/** The R-7 quantile of `xs` (any order, no NaN). Undefined when xs is empty or p is NaN. */
export function quantile(xs: ArrayLike<number>, p: number): number | undefined {
  if (xs.length === 0 || Number.isNaN(p)) return undefined;
  return quantiles(xs, [p])[0];
}

/**
 * n, mean, sd and the 5th/50th/95th R-7 percentiles of `xs` (finite numbers, any order).
 * Percentiles by selection, not sorting (bench/uncertain.bench.ts).
 * Mean and variance by Welford's one-pass update (Welford 1962), stable for large n.
 * For an empty input returns `{ empty: true, n: 0 }`.
 */
export function summarize(xs: ArrayLike<number>): Summary | EmptySummary {
  const n = xs.length;
  if (n === 0) return { empty: true, n: 0 };
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const delta = xs[i] - mean;
    mean += delta / (i + 1);
    m2 += delta * (xs[i] - mean);
  }
  const [p5, p50, p95] = quantiles(xs, [0.05, 0.5, 0.95]);
  return { empty: false, n, mean, sd: n > 1 ? Math.sqrt(m2 / (n - 1)) : 0, p5, p50, p95 };
}
