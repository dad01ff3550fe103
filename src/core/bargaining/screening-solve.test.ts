// The general skimming solver: against the closed-form recursion where one exists, against a
// hand-solved two-type game, and against the equilibrium conditions themselves (the responders'
// best replies, and no proposer gain from any other cutoff on a fine grid) where none does.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close } from "../../../test/fixtures/numeric.js";
import { skimmingStages, uniformScreeningPath } from "./screening.js";
import {
  priorFromResolve,
  type ScreeningProblem,
  type ScreeningSolution,
  solveScreening,
} from "./screening-solve.js";
import { pieceAt, type UniformPiece, uniformSkimmingStages } from "./screening-uniform.js";

const delta = fc.double({ min: 0.3, max: 0.99, noNaN: true });
const uniform = (low: number, high: number) => ({ kind: "uniform" as const, low, high });

/** The proposer's discounted revenue along the path, over its reservation. */
const pathGain = (s: ScreeningSolution, d: number, reservation = 0) =>
  s.rounds.reduce(
    (sum, r, t) => sum + (r.pDeal > 0 ? d ** t * (r.price - reservation) * r.pDeal : 0),
    0,
  );

/**
 * Each type value in `types` (with weights) takes the round that maximises δ_r^t (v − p_t), if any
 * beats 0; the shares per round. Ties (the marginal types) go to the earliest round.
 */
function bestReplyShares(prices: number[], dr: number, types: number[], weights: number[]) {
  const shares = new Array(prices.length).fill(0);
  types.forEach((v, i) => {
    let best = 1e-13;
    let round = -1;
    prices.forEach((p, t) => {
      const u = dr ** t * (v - p);
      if (u > best + 1e-13) {
        best = u;
        round = t;
      }
    });
    if (round >= 0) shares[round] += weights[i];
  });
  return shares;
}

describe("solveScreening with a uniform prior and no gap = the closed-form recursion", () => {
  it("on U[0, 1] for any δ_p, δ_r and T ≤ 8", () => {
    fc.assert(
      fc.property(delta, delta, fc.integer({ min: 1, max: 8 }), (dp, dr, rounds) => {
        const general = solveScreening({
          prior: uniform(0, 1),
          rounds,
          discount: { proposer: dp, responder: dr },
        });
        const closed = uniformScreeningPath(dp, rounds, dr);
        general.rounds.forEach((r, t) => {
          close(r.price, closed.rounds[t].price, 1e-9);
          close(r.cutoff ?? Number.NaN, closed.rounds[t].cutoff, 1e-9);
          close(r.pDeal, closed.rounds[t].pDeal, 1e-9);
        });
        close(general.proposerValue, closed.proposerValue, 1e-9);
        close(
          general.proposerValue,
          skimmingStages(dp, rounds, dr)[rounds - 1].proposerValue,
          1e-9,
        );
      }),
      { numRuns: 40 },
    );
  });

  it("scales with the range, and types that gain nothing (v ≤ reservation) never settle", () => {
    fc.assert(
      fc.property(
        delta,
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (d, rounds, high, below, reservation) => {
          const discount = { proposer: d, responder: d };
          const base = uniformScreeningPath(d, rounds);
          // Gains over the reservation run from −below to high: the part below 0 never settles.
          const s = solveScreening({
            prior: uniform(reservation - below, reservation + high),
            rounds,
            discount,
            reservation,
          });
          const share = high / (high + below);
          s.rounds.forEach((r, t) => {
            close(r.price, reservation + high * base.rounds[t].price, 1e-9);
            close(r.pDeal, share * base.rounds[t].pDeal, 1e-9);
          });
          close(s.proposerGain, share * high * base.proposerValue, 1e-9);
          close(s.proposerValue, reservation + s.proposerGain, 1e-9);
          close(s.pNoDeal, 1 - share + share * base.pNoDeal, 1e-9);
          close(pathGain(s, d, reservation), s.proposerGain, 1e-9);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("solveScreening with a gap (every type gains from a deal)", () => {
  const cases: [number, number, number, number][] = [
    // [low, rounds, δ_p, δ_r]
    [0.2, 10, 0.9, 0.9],
    [0.1, 20, 0.9, 0.9],
    [0.05, 12, 0.99, 0.99],
    [0.3, 8, 0.95, 0.8],
  ];

  it.each(cases)(
    "U[%d, 1], T = %d: the path is the responders' best reply",
    (low, rounds, dp, dr) => {
      const s = solveScreening({
        prior: uniform(low, 1),
        rounds,
        discount: { proposer: dp, responder: dr },
      });
      const n = 20_000;
      const types = Array.from({ length: n }, (_, i) => low + ((1 - low) * (i + 0.5)) / n);
      const shares = bestReplyShares(
        s.rounds.map((r) => r.price),
        dr,
        types,
        types.map(() => 1 / n),
      );
      s.rounds.forEach((r, t) => {
        close(shares[t], r.pDeal, 2e-4);
      });
      close(pathGain(s, dp), s.proposerValue, 1e-9);
    },
  );

  it.each(cases)(
    "U[%d, 1], T = %d: no other cutoff pays more at any stage (grid of 4,000)",
    (low, rounds, dp, dr) => {
      const stages = uniformSkimmingStages(low, 1, rounds, dp, dr);
      const at = (pieces: UniformPiece[], k: number) => {
        const p = pieces[pieceAt(pieces, k)];
        return { v: p.v[0] + k * (p.v[1] + k * p.v[2]), price: p.p[0] + k * p.p[1] };
      };
      for (let tau = 1; tau <= rounds; tau++) {
        for (const k of [low + 0.01, 0.3, 0.55, 0.8, 1]) {
          if (k <= low) continue;
          let best = Number.NEGATIVE_INFINITY;
          for (let i = 0; i <= 4000; i++) {
            const next = low + ((k - low) * i) / 4000;
            const prev = at(stages[tau - 1], next);
            const price = (1 - dr) * next + dr * prev.price;
            best = Math.max(best, price * (k - next) + dp * prev.v);
          }
          expect(best).toBeLessThanOrEqual(at(stages[tau], k).v + 1e-12);
          // The optimum may sit on a kink of the continuation (taking its left-hand price), which
          // a grid point only approaches; so this side is loose.
          expect(at(stages[tau], k).v - best).toBeLessThan(1e-4);
        }
      }
    },
  );

  it("2,000 equally likely types, solved exactly, come close to it (δ = 0.9)", () => {
    for (const [low, rounds] of [
      [0.2, 10],
      [0.1, 20],
    ]) {
      const n = 2000;
      const values = Array.from({ length: n }, (_, i) => low + ((1 - low) * (i + 0.5)) / n);
      const discount = { proposer: 0.9, responder: 0.9 };
      const d = solveScreening({
        prior: { kind: "discrete", values, probabilities: values.map(() => 1 / n) },
        rounds,
        discount,
      });
      const u = solveScreening({ prior: uniform(low, 1), rounds, discount });
      close(d.proposerValue, u.proposerValue, 2e-3);
      close(d.rounds[0].cutoff ?? 0, u.rounds[0].cutoff ?? 0, 1e-2);
    }
  });

  it("with a long enough horizon every type settles (FLT 1985: the gap case ends in finite time)", () => {
    const s = solveScreening({
      prior: uniform(0.3, 1),
      rounds: 30,
      discount: { proposer: 0.9, responder: 0.9 },
    });
    close(s.pNoDeal, 0, 1e-12);
    expect(s.rounds.findIndex((r) => r.pNoDealAfter < 1e-12)).toBeLessThan(10);
  });
});

describe("solveScreening with discrete types", () => {
  it("one type: the proposer asks its whole value at once", () => {
    const s = solveScreening({
      prior: { kind: "discrete", values: [0.7], probabilities: [1] },
      rounds: 4,
      discount: { proposer: 0.9, responder: 0.9 },
    });
    close(s.rounds[0].price, 0.7, 1e-9);
    close(s.rounds[0].pDeal, 1, 1e-9);
    close(s.proposerValue, 0.7, 1e-9);
  });

  it("two types, two rounds: the best of the three plans solved by hand", () => {
    // Sell to both now at v_L; or to the high type now at v_H − δ(v_H − v_L) and to the low next
    // round at v_L; or wait and sell at the static optimum next round.
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 0.5, noNaN: true }),
        fc.double({ min: 0.55, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        delta,
        (vL, vH, pH, d) => {
          const s = solveScreening({
            prior: { kind: "discrete", values: [vL, vH], probabilities: [1 - pH, pH] },
            rounds: 2,
            discount: { proposer: d, responder: d },
          });
          const plans = [
            vL,
            pH * (vH - d * (vH - vL)) + d * (1 - pH) * vL,
            d * Math.max(vL, pH * vH),
          ];
          close(s.proposerValue, Math.max(...plans), 1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("every type settles in a round that is a best reply to the price path", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -0.2, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 8 }),
        delta,
        delta,
        (raw, rounds, dp, dr) => {
          const values = [...new Set(raw)];
          const probabilities = values.map(() => 1 / values.length);
          const problem: ScreeningProblem = {
            prior: { kind: "discrete", values, probabilities },
            rounds,
            discount: { proposer: dp, responder: dr },
          };
          const s = solveScreening(problem);
          values.forEach((v) => {
            // The round this type settles in: the first whose cutoff falls below it.
            const round = s.rounds.findIndex((r) => r.cutoff === null || r.cutoff < v);
            const utility = (t: number) =>
              t < 0 || s.rounds[t].pDeal <= 0 ? 0 : dr ** t * (v - s.rounds[t].price);
            const best = Math.max(
              0,
              ...s.rounds.map((r, t) => (r.price < Infinity ? dr ** t * (v - r.price) : 0)),
            );
            expect(utility(round)).toBeGreaterThanOrEqual(best - 1e-12);
          });
          close(pathGain(s, dp), s.proposerValue, 1e-12);
          const total = s.rounds.reduce((a, r) => a + r.pDeal, 0) + s.pNoDeal;
          close(total, 1, 1e-12);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("priorFromResolve maps Iran's resolve θ to the value 1 − θ of a deal", () => {
    expect(priorFromResolve(uniform(0.2, 0.7))).toEqual(uniform(0.30000000000000004, 0.8));
    expect(
      priorFromResolve({ kind: "discrete", values: [0.25, 0.5], probabilities: [0.4, 0.6] }),
    ).toEqual({ kind: "discrete", values: [0.75, 0.5], probabilities: [0.4, 0.6] });
  });

  it("rejects a prior whose probabilities do not sum to 1, naming it", () => {
    expect(() =>
      solveScreening({
        prior: { kind: "discrete", values: [0.2, 0.4], probabilities: [0.5, 0.6] },
        rounds: 2,
        discount: { proposer: 0.9, responder: 0.9 },
      }),
    ).toThrow(/probabilities must sum to 1/);
  });
});
