// Bayesian credibility (Kreps & Wilson 1982; Sartori 2002): the vectors, a simulation of
// threateners that does not use Bayes' formula, and the limits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close } from "../../../test/fixtures/numeric.js";
import { createRng } from "../rng.js";
import { bayesianCredibility, fixedDecayCredibility } from "./credibility.js";

describe("bayesianCredibility", () => {
  it("μ₀ 0.5, q_R 0.8, q_B 0.1: 0.45, 0.227273, 0.132941, 0.107598", () => {
    const { credibility, muResolute } = bayesianCredibility(0.5, 0.8, 0.1, 3);
    [0.45, 0.227273, 0.132941, 0.107598].forEach((c, n) => {
      close(credibility[n], c);
    });
    close(muResolute[0], 0.5);
  });

  it("version 1's fixed decay (0.5 a slip) gives 0.45, 0.225, 0.1125, 0.05625 instead", () => {
    fixedDecayCredibility(0.45, 0.5, 3).forEach((c, n) => {
      close(c, [0.45, 0.225, 0.1125, 0.05625][n]);
    });
  });

  it("matches a simulation: among threateners who slipped n times, the share who carry out next", () => {
    const rng = createRng(2024);
    const [mu0, qR, qB, slips] = [0.5, 0.8, 0.1, 3];
    const n = 400_000;
    const survivors = new Array(slips + 1).fill(0);
    const carried = new Array(slips + 1).fill(0);
    for (let i = 0; i < n; i++) {
      const q = rng() < mu0 ? qR : qB;
      for (let s = 0; s <= slips; s++) {
        survivors[s]++;
        if (rng() < q) {
          carried[s]++;
          break;
        }
      }
    }
    const { credibility } = bayesianCredibility(mu0, qR, qB, slips);
    credibility.forEach((c, s) => {
      const share = carried[s] / survivors[s];
      const se = Math.sqrt((c * (1 - c)) / survivors[s]);
      expect(Math.abs(share - c), `after ${s} slips`).toBeLessThan(4 * se);
    });
  });

  it("never rises with slips when q_R > q_B, stays within [q_B, q_R] and tends to q_B", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.double({ min: 0.2, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (mu0, qR, frac) => {
          // q_B ≤ q_R/2 so that 400 slips are enough to learn (each multiplies the odds of
          // resolve by (1 − q_R)/(1 − q_B) ≤ 0.89).
          const qB = frac * qR * 0.5;
          const { credibility } = bayesianCredibility(mu0, qR, qB, 400);
          for (let s = 1; s < credibility.length; s++)
            expect(credibility[s]).toBeLessThanOrEqual(credibility[s - 1] + 1e-15);
          for (const c of credibility) {
            expect(c).toBeGreaterThanOrEqual(qB - 1e-15);
            expect(c).toBeLessThanOrEqual(qR + 1e-15);
          }
          close(credibility[400], qB, 1e-3);
        },
      ),
    );
  });
});
