// The final round before a deadline with a strike (our algebra, docs/bargaining.md): the vector,
// a grid search of the US's offer and a simulation of Iran's best replies.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, gridArgmax } from "../../../test/fixtures/numeric.js";
import { createRng } from "../rng.js";
import { type DeadlineScreeningInput, deadlineScreening } from "./deadline-screening.js";

const VECTOR: DeadlineScreeningInput = {
  credibility: 0.6,
  warCostIran: 0.3,
  usStrikeValue: 0.2,
  usStatusQuo: 0.3,
};

/** Iran's types on a midpoint grid each accept s iff s ≥ θ − cC; the US's payoff from s. */
function usPayoff(input: DeadlineScreeningInput, s: number, types = 2000): number {
  const { credibility: c, warCostIran: C, usStrikeValue: w, usStatusQuo: d } = input;
  let total = 0;
  for (let i = 0; i < types; i++) {
    const theta = (i + 0.5) / types;
    const refuse = theta - c * C; // Iran's expected value of letting the deadline come
    total += s >= refuse ? 1 - s : c * w + (1 - c) * d;
  }
  return total / types;
}

/** The US's best offer on a grid of 1,001 shares. */
const bestOffer = (input: DeadlineScreeningInput) =>
  gridArgmax((s) => usPayoff(input, s), 0, 1, 1000);

describe("deadlineScreening (our algebra)", () => {
  it("c 0.6, C 0.3, w 0.2, d 0.3: cutoff 0.47, offer 0.29, deal 0.47, strike 0.318, status quo 0.212, US 0.4609", () => {
    const r = deadlineScreening(VECTOR);
    close(r.cutoff, 0.47);
    close(r.offer, 0.29);
    close(r.pDeal, 0.47);
    close(r.pStrike, 0.318);
    close(r.pStatusQuo, 0.212);
    close(r.usValue, 0.4609);
  });

  it("a grid search over offers against Iran's best replies finds the same offer and value", () => {
    const best = bestOffer(VECTOR);
    close(best.x, 0.29, 1.5e-3);
    close(best.value, 0.4609, 1e-3);
  });

  it("simulated Iranian types reproduce P(deal), P(strike) and P(status quo)", () => {
    const r = deadlineScreening(VECTOR);
    const rng = createRng(3);
    const n = 200_000;
    const counts = { deal: 0, strike: 0, statusQuo: 0 };
    for (let i = 0; i < n; i++) {
      const theta = rng();
      if (r.offer >= theta - VECTOR.credibility * VECTOR.warCostIran) counts.deal++;
      else if (rng() < VECTOR.credibility) counts.strike++;
      else counts.statusQuo++;
    }
    for (const [count, p] of [
      [counts.deal, r.pDeal],
      [counts.strike, r.pStrike],
      [counts.statusQuo, r.pStatusQuo],
    ])
      expect(Math.abs(count / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
  });

  it("on random set-ups no offer on a grid beats it, and the probabilities sum to 1", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        fc.double({ min: -0.5, max: 0.8, noNaN: true }),
        fc.double({ min: -0.5, max: 0.8, noNaN: true }),
        (credibility, warCostIran, usStrikeValue, usStatusQuo) => {
          const input = { credibility, warCostIran, usStrikeValue, usStatusQuo };
          const r = deadlineScreening(input);
          close(r.pDeal + r.pStrike + r.pStatusQuo, 1, 1e-12);
          expect(r.offer).toBeGreaterThanOrEqual(0);
          expect(r.offer).toBeLessThanOrEqual(1);
          // The exact value against the grid's best (the grid of types costs up to ~1e−3).
          expect(r.usValue).toBeGreaterThanOrEqual(bestOffer(input).value - 2e-3);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("a more credible strike never lowers the US share when it hurts Iran at least as much as the US", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0.001, max: 0.01, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -0.5, max: 0.8, noNaN: true }),
        fc.double({ min: -0.5, max: 0.8, noNaN: true }),
        (c, dc, warCostIran, usStrikeValue, usStatusQuo) => {
          // The condition: C ≥ d − w (a strike costs Iran at least what it costs the US).
          fc.pre(warCostIran >= usStatusQuo - usStrikeValue);
          const base = { warCostIran, usStrikeValue, usStatusQuo };
          const lo = deadlineScreening({ ...base, credibility: c });
          const hi = deadlineScreening({ ...base, credibility: c + dc });
          expect(1 - hi.offer).toBeGreaterThanOrEqual(1 - lo.offer - 1e-12);
        },
      ),
    );
  });
});
