// The rows that are our own algebra (and Fearon's risk–return offer), checked by brute-force
// search over a fine grid instead of by the formula itself.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { audienceCostThreshold, powellCondition, riskReturnOffer } from "./crisis-bargaining.js";
import { ratificationOffer } from "./ratification.js";

/** argmax of f over [low, high] on a grid of n + 1 points. */
function gridArgmax(f: (x: number) => number, low: number, high: number, n = 20_000) {
  let best = low;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let i = 0; i <= n; i++) {
    const x = low + ((high - low) * i) / n;
    const v = f(x);
    if (v > bestValue) {
      bestValue = v;
      best = x;
    }
  }
  return { x: best, value: bestValue };
}

describe("ratificationOffer(ρlo, ρhi, dA) matches a brute-force search", () => {
  const bruteForce = (lo: number, hi: number, dA: number) =>
    gridArgmax(
      (x) => {
        const pr = Math.min(1, Math.max(0, (1 - x - lo) / (hi - lo)));
        return pr * x + (1 - pr) * dA;
      },
      0,
      1,
    );

  it("on the table.md vector ρ ∈ [0.2, 0.6], dA = 0.1", () => {
    const { x, value } = bruteForce(0.2, 0.6, 0.1);
    expect(x).toBeCloseTo(0.45, 4);
    expect(value).toBeCloseTo(0.40625, 6);
  });

  it("on random set-ups", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.45, noNaN: true }),
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (lo, hi, dA) => {
          const offer = ratificationOffer(lo, hi, dA);
          const { value } = bruteForce(lo, hi, dA);
          expect(offer.expectedUtility).toBeGreaterThanOrEqual(value - 1e-9);
          expect(offer.expectedUtility - value).toBeLessThan(1e-4); // grid step 5e−5
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("riskReturnOffer(p, cB, C̄) matches a brute-force search", () => {
  // B's expected utility from offering x when A accepts iff x ≥ p − cA, cA ~ U[0, C̄].
  const payoffB = (p: number, cB: number, cMax: number) => (x: number) => {
    const accept = Math.min(1, Math.max(0, 1 - (p - x) / cMax));
    return (1 - x) * accept + (1 - p - cB) * (1 - accept);
  };

  it("on random set-ups (the optimum value, and Pr(war) on the table.md vector)", () => {
    expect(gridArgmax(payoffB(0.6, 0.15, 0.35), 0, 1).x).toBeCloseTo(0.5, 4);
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        fc.double({ min: 0.05, max: 0.5, noNaN: true }),
        (p, cB, cMax) => {
          const f = payoffB(p, cB, cMax);
          const { offer } = riskReturnOffer(p, cB, cMax);
          expect(f(offer)).toBeGreaterThanOrEqual(gridArgmax(f, p - cMax, p).value - 1e-9);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("powellCondition(δ, q_t, q_t+1, C_D, C_R) matches a brute-force search", () => {
  // D's best peace: a grid of offers x_t to R now that stop R fighting at t, then R extracts its
  // war value from t + 1 on; war iff D's war value beats every such peace.
  function bruteForceWar(delta: number, q0: number, q1: number, cD: number, cR: number) {
    const warD = (1 - q0) / (1 - delta) - cD;
    const laterR = delta * (q1 / (1 - delta) - cR);
    const warR = q0 / (1 - delta) - cR;
    let bestPeace = Number.NEGATIVE_INFINITY;
    for (let i = 0; i <= 10_000; i++) {
      const x = i / 10_000;
      if (x + laterR < warR) continue;
      bestPeace = Math.max(bestPeace, 1 - x + delta * ((1 - q1) / (1 - delta) + cR));
    }
    return warD > bestPeace;
  }

  it("on the table.md vectors", () => {
    expect(bruteForceWar(0.9, 0.3, 0.6, 0.5, 0.5)).toBe(true);
    expect(bruteForceWar(0.9, 0.3, 0.4, 0.5, 0.5)).toBe(false);
  });

  // Powell's set-up: R's power rises (q_t+1 ≥ q_t) and war is costly (C > 0). When R's power
  // falls instead, R itself may fight now, which the condition does not cover.
  it("on random set-ups with rising power and costly war, away from the boundary", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (delta, q0, q1, cD, cR) => {
          const c = powellCondition(delta, q0, q1, cD, cR);
          fc.pre(q1 >= q0 && Math.abs(c.lhs - c.rhs) > 1e-3);
          expect(bruteForceWar(delta, q0, q1, cD, cR)).toBe(c.war);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("audienceCostThreshold(p, V, c) matches a brute-force search", () => {
  // The smallest audience cost a on a grid for which fighting (pV − c) beats backing down (−a).
  const bruteForce = (p: number, v: number, c: number) => {
    for (let i = -10_000; i <= 10_000; i++) {
      const a = i / 5_000;
      if (p * v - c >= -a) return a;
    }
    return Number.POSITIVE_INFINITY;
  };

  it("on the table.md vector and random set-ups", () => {
    expect(bruteForce(0.4, 1, 0.5)).toBeCloseTo(0.1, 3);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (p, v, c) => {
          expect(Math.abs(bruteForce(p, v, c) - audienceCostThreshold(p, v, c))).toBeLessThan(
            2.1e-4,
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
