import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { betaCdf, betaQuantile, lnGamma } from "./incomplete-beta.js";

describe("lnGamma(x)", () => {
  it.each([
    [1, 0],
    [2, 0],
    [5, Math.log(24)],
    [11, Math.log(3628800)],
    [0.5, Math.log(Math.sqrt(Math.PI))],
  ])("lnGamma(%s) = ln Γ(x) (factorials, Γ(½) = √π)", (x, expected) => {
    expect(lnGamma(x)).toBeCloseTo(expected, 13);
  });
});

describe("betaCdf(x, a, b) against closed forms", () => {
  const unit = fc.double({ min: 0.001, max: 0.999, noNaN: true });
  const shape = fc.double({ min: 0.2, max: 20, noNaN: true });

  it("Beta(1, 1) is uniform: I_x = x", () => {
    fc.assert(
      fc.property(unit, (x) => {
        expect(betaCdf(x, 1, 1)).toBeCloseTo(x, 13);
      }),
    );
  });

  it("Beta(a, 1): I_x = x^a, and Beta(1, b): I_x = 1 − (1 − x)^b", () => {
    fc.assert(
      fc.property(unit, shape, (x, a) => {
        expect(betaCdf(x, a, 1)).toBeCloseTo(x ** a, 12);
        expect(betaCdf(x, 1, a)).toBeCloseTo(1 - (1 - x) ** a, 12);
      }),
    );
  });

  it("Beta(2, 2): I_x = 3x² − 2x³", () => {
    fc.assert(
      fc.property(unit, (x) => {
        expect(betaCdf(x, 2, 2)).toBeCloseTo(3 * x * x - 2 * x ** 3, 13);
      }),
    );
  });

  it("symmetric shapes put half the mass below ½: I_½(a, a) = ½", () => {
    fc.assert(
      fc.property(shape, (a) => {
        expect(betaCdf(0.5, a, a)).toBeCloseTo(0.5, 12);
      }),
    );
  });
});

describe("betaQuantile(p, a, b)", () => {
  it("betaQuantile(p, a, 1) = p^(1/a), also for a < 1", () => {
    expect(betaQuantile(0.3, 4, 1)).toBeCloseTo(0.3 ** 0.25, 13);
    expect(betaQuantile(0.3, 0.5, 1)).toBeCloseTo(0.09, 13);
  });

  it("betaQuantile(½, a, a) = ½", () => {
    expect(betaQuantile(0.5, 3, 3)).toBeCloseTo(0.5, 13);
  });

  // Shapes ≥ 1 keep the density bounded, so double rounding of x cannot move p by more than 1e-12.
  it("betaQuantile inverts betaCdf", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 1, max: 30, noNaN: true }),
        fc.double({ min: 1, max: 30, noNaN: true }),
        (p, a, b) => {
          expect(betaCdf(betaQuantile(p, a, b), a, b)).toBeCloseTo(p, 10);
        },
      ),
    );
  });
});
