// Ratification with learning (our algebra on Iida 1993; docs/bargaining.md): the vector, and a
// simulation of ratifiers that rejected the first offer, with a grid search for the second.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, gridArgmax } from "../../../test/fixtures/numeric.js";
import { createRng } from "../rng.js";
import { ratificationLearning } from "./ratification-learning.js";

/** Thresholds ρ ~ U[low, high] that reject the share x (ratifiers accept iff 1 − x ≥ ρ). */
function rejecters(low: number, high: number, x: number, seed: number, n = 100_000): number[] {
  const rng = createRng(seed);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const rho = low + (high - low) * rng();
    if (1 - x < rho) out.push(rho);
  }
  return out;
}

/** The proposer's best share against a sample of thresholds, by grid search. */
function bestShareAgainst(sample: number[], reservation: number) {
  const sorted = [...sample].sort((a, b) => a - b);
  // The share of the sample with ρ ≤ 1 − x, by binary search.
  const accept = (x: number) => {
    let [lo, hi] = [0, sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] <= 1 - x) lo = mid + 1;
      else hi = mid;
    }
    return lo / sorted.length;
  };
  const best = gridArgmax((x) => accept(x) * x + (1 - accept(x)) * reservation, 0, 1, 2000);
  return { ...best, p: accept(best.x) };
}

describe("ratificationLearning", () => {
  it("ρ ∈ [0.2, 0.6], d_A 0.1: 0.45 (p 0.875), then ρ ~ U[0.55, 0.6] and 0.40 (p 1)", () => {
    const r = ratificationLearning(0.2, 0.6, 0.1);
    close(r.firstShare, 0.45);
    close(r.firstProbability, 0.875);
    close(r.posteriorLow, 0.55);
    close(r.posteriorHigh, 0.6);
    close(r.secondShare, 0.4);
    close(r.secondProbability, 1);
  });

  it("the simulated rejecters span [0.55, 0.6], and the best second share against them is 0.40", () => {
    const sample = rejecters(0.2, 0.6, 0.45, 11);
    close(Math.min(...sample), 0.55, 1e-3);
    close(Math.max(...sample), 0.6, 1e-3);
    const best = bestShareAgainst(sample, 0.1);
    close(best.x, 0.4, 1e-3);
    close(best.p, 1, 1e-3);
  });

  it("on random set-ups the second offer is the best reply to the simulated rejecters", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        fc.double({ min: 0, max: 0.4, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        (low, high, reservation, seed) => {
          const r = ratificationLearning(low, high, reservation);
          fc.pre(r.firstProbability < 0.99);
          const sample = rejecters(low, high, r.firstShare, seed, 20_000);
          const best = bestShareAgainst(sample, reservation);
          const value = (x: number) => {
            const p = Math.min(1, Math.max(0, (1 - x - r.posteriorLow) / (high - r.posteriorLow)));
            return p * x + (1 - p) * reservation;
          };
          // The formula's share does at least as well as the grid's best, up to sampling error.
          expect(value(r.secondShare)).toBeGreaterThanOrEqual(best.value - 0.01);
          expect(r.secondShare).toBeLessThanOrEqual(r.firstShare + 1e-12);
        },
      ),
      { numRuns: 30 },
    );
  });
});
