// The skimming closed forms (Sobel & Takahashi 1983; Fudenberg, Levine & Tirole 1985, §3):
// the vectors, then checks that do not reuse the formulas (grid searches of the proposer's payoff,
// the responders' best replies on a fine grid of types, the discrete solver on many types).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, gridArgmax } from "../../../test/fixtures/numeric.js";
import {
  expectedDelayRounds,
  infiniteSkimming,
  pNoDealAfterRounds,
  pNoDealAfterWeeks,
  skimmingStages,
  spacedScreening,
  twoRoundScreening,
  uniformScreeningPath,
} from "./screening.js";
import { solveScreening } from "./screening-solve.js";

/** Each type on a midpoint grid of [0, 1] takes the round that maximises δ^t(v − p_t), if any. */
function bestReplyShares(prices: number[], delta: number, n = 100_000): number[] {
  const shares = new Array(prices.length).fill(0);
  for (let i = 0; i < n; i++) {
    const v = (i + 0.5) / n;
    let best = 0;
    let round = -1;
    prices.forEach((p, t) => {
      const u = delta ** t * (v - p);
      if (u > best) {
        best = u;
        round = t;
      }
    });
    if (round >= 0) shares[round] += 1 / n;
  }
  return shares;
}

describe("two rounds, θ ~ U[0, 1], δ = 0.9 (Sobel & Takahashi 1983; FLT 1985 §3)", () => {
  it("cutoff 0.846154, prices 0.465385 and 0.423077, US value 0.232692", () => {
    const two = twoRoundScreening(0.9);
    close(two.cutoff, 0.846154);
    close(two.firstPrice, 0.465385);
    close(two.secondPrice, 0.423077);
    close(two.pDealFirstRound, 0.153846);
    close(two.pDealSecondRound, 0.423077);
    close(two.pNoDeal, 0.423077);
    close(two.proposerValue, 0.232692);
  });

  it("the recursion at T = 2 and its path give the same numbers", () => {
    const path = uniformScreeningPath(0.9, 2);
    close(path.rounds[0].cutoff, 0.846154);
    close(path.rounds[0].price, 0.465385);
    close(path.rounds[1].price, 0.423077);
    close(path.rounds[0].pDeal, 0.153846);
    close(path.rounds[1].pDeal, 0.423077);
    close(path.pNoDeal, 0.423077);
    close(path.proposerValue, 0.232692);
  });

  it("a grid search of the proposer's payoff finds the same cutoff (no first-order condition)", () => {
    // The last round from [0, k] is a static monopoly; its best price per unit of k by grid.
    const last = gridArgmax((p) => p * (1 - p), 0, 1);
    // First round: settle the types above k; the marginal type k is indifferent, p = k − δ(k − p₂k).
    const first = gridArgmax(
      (k) => (k - 0.9 * (k - last.x * k)) * (1 - k) + 0.9 * last.value * k * k,
      0,
      1,
    );
    close(first.x, 0.846154, 2e-5);
    close(first.value, 0.232692);
  });

  it("the responders' best replies to the two prices give the path's deal probabilities", () => {
    const path = uniformScreeningPath(0.9, 2);
    const shares = bestReplyShares(
      path.rounds.map((r) => r.price),
      0.9,
    );
    close(shares[0], 0.153846, 2e-5);
    close(shares[1], 0.423077, 2e-5);
  });
});

describe("the finite-T recursion (FLT 1985 §3)", () => {
  it("δ = 0.9, T = 3: β 0.838409, γ 0.435005, a 0.217503", () => {
    const s = skimmingStages(0.9, 3)[2];
    close(s.cutoff, 0.838409);
    close(s.price, 0.435005);
    close(s.proposerValue, 0.217503);
  });

  it("each stage's cutoff beats every other cutoff on a fine grid, given the continuation", () => {
    for (const delta of [0.5, 0.9, 0.99]) {
      const stages = skimmingStages(delta, 6);
      for (let t = 1; t < stages.length; t++) {
        const prev = stages[t - 1];
        const best = gridArgmax(
          (k) =>
            ((1 - delta) * k + delta * prev.price * k) * (1 - k) +
            delta * prev.proposerValue * k * k,
          0,
          1,
        );
        close(best.x, stages[t].cutoff, 2e-5);
        close(best.value, stages[t].proposerValue, 1e-8);
      }
    }
  });

  it("at T = 5, δ = 0.9, P(deal in round 1) is 0.176190 (a grid over prices gave 0.224)", () => {
    const exact = 1 - skimmingStages(0.9, 5)[4].cutoff;
    close(exact, 0.17619, 1e-6);
    // Brute force: backward induction with a fine grid search over the cutoff at every stage
    // (per unit of the remaining range, so one search per stage), no first-order condition.
    let stage = { price: 1, value: 0 }; // no rounds left: the marginal type pays its value
    let cutoff = 1;
    for (let t = 1; t <= 5; t++) {
      const { price, value } = stage;
      const best = gridArgmax(
        (k) => (0.1 * k + 0.9 * price * k) * (1 - k) + 0.9 * value * k * k,
        0,
        1,
      );
      cutoff = best.x;
      stage = { price: 0.1 * cutoff + 0.9 * price * cutoff, value: best.value };
    }
    close(1 - cutoff, exact, 2e-5);
    // The general solver finds it by another route (the envelope of first-order candidates).
    const general = solveScreening({
      prior: { kind: "uniform", low: 0, high: 1 },
      rounds: 5,
      discount: { proposer: 0.9, responder: 0.9 },
    });
    close(general.rounds[0].pDeal, exact, 1e-9);
    expect(Math.abs(0.224 - exact)).toBeGreaterThan(0.04);
  });

  it("a grid of types, even solved exactly, gets the value but not the first round's policy", () => {
    // The proposer's payoff is flat near its optimum, so a discretisation error of order 1e−3 in
    // value moves the first cutoff by points: the reason a uniform prior is solved in the
    // continuum. (The value itself converges to the continuum's.)
    const discrete = (n: number) => {
      const values = Array.from({ length: n }, (_, i) => (i + 0.5) / n);
      return solveScreening({
        prior: { kind: "discrete", values, probabilities: values.map(() => 1 / n) },
        rounds: 5,
        discount: { proposer: 0.9, responder: 0.9 },
      });
    };
    const exactValue = skimmingStages(0.9, 5)[4].proposerValue;
    const coarse = discrete(200);
    const fine = discrete(4000);
    close(fine.proposerValue, exactValue, 1e-3);
    expect(Math.abs(fine.proposerValue - exactValue)).toBeLessThan(
      Math.abs(coarse.proposerValue - exactValue),
    );
    expect(Math.abs(coarse.rounds[0].pDeal - 0.17619)).toBeGreaterThan(0.03);
  });

  it("the responders' best replies at T = 5 reproduce every round's deal probability", () => {
    const path = uniformScreeningPath(0.9, 5);
    const shares = bestReplyShares(
      path.rounds.map((r) => r.price),
      0.9,
    );
    path.rounds.forEach((r, t) => {
      close(shares[t], r.pDeal, 3e-5);
    });
  });

  it("tends to the infinite-horizon solution as T grows", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 0.95, noNaN: true }), (delta) => {
        const last = skimmingStages(delta, 3000)[2999];
        const inf = infiniteSkimming(delta);
        close(last.cutoff, inf.cutoff, 1e-9);
        close(last.price, inf.price, 1e-9);
        close(last.proposerValue, inf.proposerValue, 1e-9);
      }),
      { numRuns: 20 },
    );
  });
});

describe("the infinite horizon (FLT 1985 §3; Gul, Sonnenschein & Wilson 1986)", () => {
  it("δ = 0.9: β 0.759747, γ 0.240253, US value 0.120127, delay 3.162278 rounds", () => {
    const s = infiniteSkimming(0.9);
    close(s.cutoff, 0.759747);
    close(s.price, 0.240253);
    close(s.proposerValue, 0.120127);
    close(expectedDelayRounds(0.9), 3.162278);
    close(pNoDealAfterRounds(0.9, 3), 0.759747 ** 3, 1e-6);
  });

  it("β is the stationary point: one more round of the recursion leaves it unchanged", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.999, noNaN: true }), (delta) => {
        const s = infiniteSkimming(delta);
        const lambda = 1 / (1 - delta + delta * s.price);
        close(1 / (2 - 2 * delta * s.proposerValue * lambda), s.cutoff, 1e-9);
        close(expectedDelayRounds(delta), 1 / Math.sqrt(1 - delta), 1e-6);
      }),
      { numRuns: 50 },
    );
  });

  it("weekly δ = 0.99: Δ = 1 gives 10.0 weeks and 0.318631; Δ = 2 gives 14.177624 and 0.453036", () => {
    close(spacedScreening(0.99, 1).expectedDelayWeeks, 10);
    close(pNoDealAfterWeeks(0.99, 1, 12), 0.318631);
    close(spacedScreening(0.99, 2).expectedDelayWeeks, 14.177624);
    close(pNoDealAfterWeeks(0.99, 2, 12), 0.453036);
  });

  it("expected delay rises with δ, and in weeks with the spacing Δ (about like √Δ)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.98, noNaN: true }),
        fc.double({ min: 0.001, max: 0.01, noNaN: true }),
        (delta, step) => {
          expect(expectedDelayRounds(delta + step)).toBeGreaterThan(expectedDelayRounds(delta));
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.double({ min: 0.99, max: 0.9999, noNaN: true }),
        fc.integer({ min: 1, max: 4 }),
        (weekly, spacing) => {
          const one = spacedScreening(weekly, spacing).expectedDelayWeeks;
          const four = spacedScreening(weekly, 4 * spacing).expectedDelayWeeks;
          expect(four).toBeGreaterThan(one);
          close(four / one, 2, 0.1);
        },
      ),
    );
  });

  it("P(no deal after n rounds) never rises with n", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.999, noNaN: true }),
        fc.integer({ min: 0, max: 200 }),
        (delta, n) => {
          expect(pNoDealAfterRounds(delta, n + 1)).toBeLessThanOrEqual(
            pNoDealAfterRounds(delta, n),
          );
        },
      ),
    );
  });
});
