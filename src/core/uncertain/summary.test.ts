import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quantile, quantileSorted, quantiles, summarize } from "./summary.js";

// R: x <- c(3, 6, 7, 8, 8, 10, 13, 15, 16, 20); quantile(x) → 3, 7.25, 9, 14.5, 20 (type 7).
const R_X = [20, 3, 8, 16, 6, 13, 8, 10, 15, 7];

describe("quantile(xs, p) uses the R-7 method", () => {
  it.each([
    [0, 3],
    [0.25, 7.25],
    [0.5, 9],
    [0.75, 14.5],
    [1, 20],
  ])("quantile(R's example, %s) = %s", (p, expected) => {
    expect(quantile(R_X, p)).toBe(expected);
  });

  it("clamps p outside [0, 1], is undefined for no values or p = NaN", () => {
    expect(quantile(R_X, -1)).toBe(3);
    expect(quantile(R_X, 2)).toBe(20);
    expect(quantile([], 0.5)).toBeUndefined();
    expect(quantile(R_X, Number.NaN)).toBeUndefined();
  });

  it("does not reorder its input", () => {
    const xs = [3, 1, 2];
    quantile(xs, 0.5);
    expect(xs).toEqual([3, 1, 2]);
  });

  it("quantile is monotone in p and stays within [min, max]", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), {
          minLength: 1,
          maxLength: 50,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p, r) => {
          const sorted = Float64Array.from(xs).sort();
          const [lo, hi] = p <= r ? [p, r] : [r, p];
          const qLo = quantileSorted(sorted, lo) as number;
          const qHi = quantileSorted(sorted, hi) as number;
          expect(qLo).toBeLessThanOrEqual(qHi);
          expect(qLo).toBeGreaterThanOrEqual(sorted[0]);
          expect(qHi).toBeLessThanOrEqual(sorted[sorted.length - 1]);
        },
      ),
    );
  });
});

describe("quantiles(xs, ps)", () => {
  it("quantiles(R's example, ps) keeps the order of ps", () => {
    expect(quantiles(R_X, [0.75, 0, 0.5, 0.25, 1, 0.5])).toEqual([14.5, 3, 9, 7.25, 20, 9]);
    expect(quantiles([], [0.5])).toEqual([]);
  });

  it("quantiles by selection equal quantileSorted on a sorted copy, with ties", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 2000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        (xs, ps) => {
          const sorted = Float64Array.from(xs).sort();
          expect(quantiles(xs, ps)).toEqual(ps.map((p) => quantileSorted(sorted, p)));
        },
      ),
    );
  });
});

describe("summarize(xs)", () => {
  it("summarize([2, 4, 4, 4, 5, 5, 7, 9]) has mean 5 and sample sd √(32/7)", () => {
    const s = summarize([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s).toMatchObject({ empty: false, n: 8, mean: 5, p50: 4.5 });
    if (!s.empty) {
      expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
      expect(s.p5).toBeCloseTo(2 + 0.35 * 2, 14); // h = 7·0.05 = 0.35 between 2 and 4
      expect(s.p95).toBeCloseTo(7 + 0.65 * 2, 14); // h = 7·0.95 = 6.65 between 7 and 9
    }
  });

  it("summarize of one value has sd 0 and every percentile equal to it", () => {
    expect(summarize([4.2])).toEqual({
      empty: false,
      n: 1,
      mean: 4.2,
      sd: 0,
      p5: 4.2,
      p50: 4.2,
      p95: 4.2,
    });
  });

  it("summarize([]) says it is empty instead of returning NaN", () => {
    expect(summarize([])).toEqual({ empty: true, n: 0 });
  });

  it("summarize keeps its accuracy for a large offset (Welford)", () => {
    const s = summarize([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
    expect(s.empty ? Number.NaN : s.sd).toBeCloseTo(Math.sqrt(30), 9);
  });

  it("summarize's percentiles equal quantile's", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }),
        (xs) => {
          const s = summarize(xs);
          expect(s.empty).toBe(false);
          if (!s.empty)
            expect([s.p5, s.p50, s.p95]).toEqual([0.05, 0.5, 0.95].map((p) => quantile(xs, p)));
        },
      ),
    );
  });
});
