// Abreu & Gul (2000), with the Compte & Jehiel (2002) guard: the symmetric vector, and a check
// that does not reuse the closed forms: by numerical quadrature, each rational side is indifferent
// over when to concede, and gets the stated payoff.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close } from "../../../test/fixtures/numeric.js";
import { type ReputationInput, reputation } from "./reputation.js";

const symmetric: ReputationInput = { r1: 0.1, r2: 0.1, a1: 0.7, a2: 0.7, z1: 0.1, z2: 0.1 };

/** Random set-ups: rates in [0.02, 0.5], demands in [0.55, 0.9], priors up to `maxZ`. */
const setUp = (maxZ: number) =>
  fc.record({
    r1: fc.double({ min: 0.02, max: 0.5, noNaN: true }),
    r2: fc.double({ min: 0.02, max: 0.5, noNaN: true }),
    a1: fc.double({ min: 0.55, max: 0.9, noNaN: true }),
    a2: fc.double({ min: 0.55, max: 0.9, noNaN: true }),
    z1: fc.double({ min: 0.01, max: maxZ, noNaN: true }),
    z2: fc.double({ min: 0.01, max: maxZ, noNaN: true }),
  });

/**
 * Side j's payoff from planning to concede at s, against side i's equilibrium concessions: an atom
 * c_i at 0, then the hazard λ_i (on everyone left) until T0. Simpson's rule on the integral.
 */
function payoffFromConcedingAt(s: number, j: 1 | 2, input: ReputationInput): number {
  const r = reputation(input);
  const [ci, li, ai, aj, rj] =
    j === 1
      ? [r.c2, r.lambda2, input.a2, input.a1, input.r1]
      : [r.c1, r.lambda1, input.a1, input.a2, input.r2];
  const density = (t: number) => aj * Math.exp(-rj * t) * li * (1 - ci) * Math.exp(-li * t);
  const n = 20_000;
  const h = s / n;
  let integral = density(0) + density(s);
  for (let k = 1; k < n; k++) integral += (k % 2 === 1 ? 4 : 2) * density(k * h);
  integral *= h / 3;
  const survives = (1 - ci) * Math.exp(-li * s);
  return ci * aj + integral + survives * (1 - ai) * Math.exp(-rj * s);
}

describe("reputation (Abreu & Gul 2000, §3–4)", () => {
  it("r = 0.1, α = 0.7, z = 0.1 for both: λ 0.075, T₀ 30.701135, c 0, payoffs 0.3", () => {
    const r = reputation(symmetric);
    close(r.lambda1, 0.075);
    close(r.lambda2, 0.075);
    close(r.T0, 30.701135);
    close(r.c1, 0);
    close(r.c2, 0);
    close(r.pNoAgreementBy(10), 0.22313, 1e-5);
    close(r.pImpasse, 0.01);
    close(r.u1, 0.3);
    close(r.u2, 0.3);
    expect(r.outsideOptionSide).toBe(0);
  });

  it("each rational side is indifferent over concession times up to T₀, at its stated payoff", () => {
    fc.assert(
      fc.property(setUp(0.5), fc.double({ min: 0.05, max: 1, noNaN: true }), (input, when) => {
        const r = reputation(input);
        const s = when * r.T0;
        close(payoffFromConcedingAt(s, 1, input), r.u1, 1e-7);
        close(payoffFromConcedingAt(s, 2, input), r.u2, 1e-7);
      }),
      { numRuns: 40 },
    );
  });

  it("P(no agreement by t) never rises, starts at (1 − c₁)(1 − c₂) and ends at z₁z₂ from T₀ on", () => {
    fc.assert(
      fc.property(
        setUp(0.9),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (input, t, dt) => {
          const r = reputation(input);
          const { a1, a2 } = input;
          expect(r.pNoAgreementBy(t + dt)).toBeLessThanOrEqual(r.pNoAgreementBy(t) + 1e-15);
          close(r.pNoAgreementBy(0), (1 - r.c1) * (1 - r.c2), 1e-12);
          close(r.pNoAgreementBy(r.T0 + t), r.pImpasse, 1e-12);
          expect(Math.min(r.c1, r.c2)).toBe(0);
          // A rational side never gets less than conceding at once.
          expect(r.u1).toBeGreaterThanOrEqual(1 - a2 - 1e-12);
          expect(r.u2).toBeGreaterThanOrEqual(1 - a1 - 1e-12);
        },
      ),
    );
  });

  it("the weaker side (longer T_i) concedes at once with c_i = 1 − z_i e^{λ_i T₀}", () => {
    // Side 2 is rarely committed, so it must concede with positive probability at time 0.
    const r = reputation({ ...symmetric, z2: 0.01 });
    expect(r.T2).toBeGreaterThan(r.T1);
    expect(r.c2).toBeGreaterThan(0);
    expect(r.c1).toBe(0);
    close(r.u1, r.c2 * 0.7 + (1 - r.c2) * 0.3, 1e-12);
    close(r.u2, 0.3, 1e-12);
  });

  it("the Compte–Jehiel guard: an outside option above 1 − α_j ends the war of attrition at once", () => {
    const r = reputation({ ...symmetric, o1: 0.35 });
    expect(r.outsideOptionSide).toBe(1);
    expect(r.u1).toBe(0.35);
    expect(r.pImpasse).toBe(1);
    expect(r.pNoAgreementBy(0)).toBe(1);
    // At or below 1 − α_j it changes nothing.
    expect(reputation({ ...symmetric, o1: 0.3, o2: 0.2 }).outsideOptionSide).toBe(0);
  });

  it("rejects compatible demands (α₁ + α₂ ≤ 1: no war of attrition)", () => {
    expect(() => reputation({ ...symmetric, a1: 0.4, a2: 0.5 })).toThrow(/a1 \+ a2 must exceed 1/);
  });
});
