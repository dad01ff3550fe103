import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng } from "../rng.js";
import type { Dist } from "./dist.js";
import { beta, normal, normalFrom90, point, to, triangular, uniform } from "./dist.js";
import { distMean, distQuantile, distSd } from "./moments.js";
import { sample, sampleN } from "./sample.js";

const SEED = 20211129;
const N = 200_000;

// Sample mean, variance and fourth central moment, for standard errors that follow from n.
function moments(xs: Float64Array) {
  const n = xs.length;
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  let m2 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d2 = (x - mean) ** 2;
    m2 += d2;
    m4 += d2 * d2;
  }
  return { mean, variance: m2 / (n - 1), m4: m4 / n };
}

const FAMILIES: [string, Dist][] = [
  ["to(2, 8)", to(2, 8)],
  ["to(5, 10)", to(5, 10)],
  ["to(-5, 3)", to(-5, 3)],
  ["normal(5, 2)", normal(5, 2)],
  ["normalFrom90(-5, 3)", normalFrom90(-5, 3)],
  ["uniform(2, 8)", uniform(2, 8)],
  ["beta(3, 7)", beta(3, 7)],
  ["beta(0.5, 0.5)", beta(0.5, 0.5)],
  ["beta(1.5, 20)", beta(1.5, 20)],
  ["beta(12, 1.2)", beta(12, 1.2)],
  ["beta(0.3, 4)", beta(0.3, 4)],
  ["beta(1, 3)", beta(1, 3)],
  ["triangular(1, 2, 4)", triangular(1, 2, 4)],
];

describe.each(FAMILIES)(
  "sampleN(%s) agrees with the analytic moments within 5 standard errors",
  (_, d) => {
    const xs = sampleN(d, N, createRng(SEED));
    const { mean, variance, m4 } = moments(xs);

    it("mean within 5·sd/√n", () => {
      expect(Math.abs(mean - distMean(d))).toBeLessThan((5 * distSd(d)) / Math.sqrt(N));
    });

    it("variance within 5·√((μ₄ − σ⁴)/n)", () => {
      const sd = distSd(d);
      expect(Math.abs(variance - sd * sd)).toBeLessThan(5 * Math.sqrt((m4 - variance ** 2) / N));
    });

    it.each([0.05, 0.5, 0.95])(
      "the share below distQuantile(d, %s) is p within 5 binomial SE",
      (p) => {
        const q = distQuantile(d, p);
        const share = xs.reduce((k, x) => k + (x <= q ? 1 : 0), 0) / N;
        expect(Math.abs(share - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / N));
      },
    );
  },
);

describe("sample(d, rng) and sampleN(d, n, rng)", () => {
  it("point(v) draws v and consumes no randomness", () => {
    const rng = createRng(1);
    expect(Array.from(sampleN(point(3), 4, rng))).toEqual([3, 3, 3, 3]);
    expect(rng()).toBe(createRng(1)());
  });

  it("to(a, a) draws exactly a", () => {
    expect(Array.from(sampleN(to(0.3, 0.3), 3, createRng(1)))).toEqual([0.3, 0.3, 0.3]);
  });

  it("sampleN(d, 0, rng) is empty", () => {
    expect(sampleN(to(2, 8), 0, createRng(1))).toHaveLength(0);
  });

  it.each(FAMILIES)(
    "n calls of sample(%s) equal one sampleN (no draw is cached between calls)",
    (_, d) => {
      const rng = createRng(SEED);
      const one = Array.from({ length: 50 }, () => sample(d, rng));
      expect(one).toEqual(Array.from(sampleN(d, 50, createRng(SEED))));
    },
  );

  it("a uniform of exactly 0 gives a finite normal draw", () => {
    expect(Number.isFinite(sample(normal(0, 1), () => 0))).toBe(true);
  });
});

describe("properties (fast-check)", () => {
  const seed = fc.integer();
  const positive = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
  const ratio = fc.double({ min: 1, max: 1e3, noNaN: true });
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });

  it("samples of to(a, b) with a > 0 are positive", () => {
    fc.assert(
      fc.property(positive, ratio, seed, (a, r, s) => {
        expect(sampleN(to(a, a * r), 500, createRng(s)).every((x) => x > 0)).toBe(true);
      }),
    );
  });

  it("about 90 % of samples of to(a, b) fall in [a, b] (within 5 binomial SE)", () => {
    const n = 4000;
    fc.assert(
      fc.property(
        fc.oneof(positive, fc.double({ min: -1e6, max: 0, noNaN: true })),
        fc.double({ min: 1.01, max: 1e3, noNaN: true }),
        seed,
        (a, r, s) => {
          const b = a > 0 ? a * r : a + r;
          const inside = sampleN(to(a, b), n, createRng(s)).filter((x) => x >= a && x <= b).length;
          expect(Math.abs(inside / n - 0.9)).toBeLessThan(5 * Math.sqrt((0.9 * 0.1) / n));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("uniform samples lie in [low, high)", () => {
    fc.assert(
      fc.property(finite, fc.double({ min: 1e-9, max: 1e6, noNaN: true }), seed, (a, w, s) => {
        const b = a + w;
        fc.pre(a < b);
        expect(sampleN(uniform(a, b), 500, createRng(s)).every((x) => x >= a && x < b)).toBe(true);
      }),
    );
  });

  it("triangular samples lie in [low, high]", () => {
    fc.assert(
      fc.property(
        finite,
        fc.double({ min: 1e-9, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        seed,
        (a, w, t, s) => {
          const b = a + w;
          fc.pre(a < b);
          const m = Math.min(b, a + t * (b - a));
          expect(
            sampleN(triangular(a, m, b), 500, createRng(s)).every((x) => x >= a && x <= b),
          ).toBe(true);
        },
      ),
    );
  });

  it("beta samples lie in [0, 1]", () => {
    const shape = fc.double({ min: 0.05, max: 50, noNaN: true });
    fc.assert(
      fc.property(shape, shape, seed, (a, b, s) => {
        expect(sampleN(beta(a, b), 200, createRng(s)).every((x) => x >= 0 && x <= 1)).toBe(true);
      }),
    );
  });

  it("the same seed gives identical arrays", () => {
    const dist = fc.constantFrom(...FAMILIES.map(([, d]) => d));
    fc.assert(
      fc.property(dist, seed, (d, s) => {
        expect(sampleN(d, 300, createRng(s))).toEqual(sampleN(d, 300, createRng(s)));
      }),
    );
  });
});
