import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng } from "../rng.js";
import { outsideOptionShare, rubinsteinShare } from "./alternating-offers.js";
import { bargainingGame, commonBelief } from "./game-defaults.js";
import { bargainingOutcomes, emptyPathOutcome, simulateBargainingPath } from "./game-outcomes.js";
import type { GameParams, OptionParams } from "./game-params.js";
import { LONG_HORIZON_WEEKS, outsideOptionGame } from "./game-reductions.js";
import { nashSplit } from "./nash-split.js";
import { BARGAINING_ACTION, type GamePlan, solveBargainingGame } from "./solve-game.js";

function plan(params: GameParams): GamePlan {
  const result = solveBargainingGame(params);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const delta = fc.double({ min: 0.5, max: 0.999, noNaN: true });

const option = (name: string, owner: "us" | "iran", kind: "walkout" | "strike") =>
  fc.record({ credibility: unit, us: unit, iran: unit, slope: unit }).map(
    (r): OptionParams => ({
      name,
      owner,
      kind,
      credibility: r.credibility,
      value: { us: r.us * 0.6, iran: r.iran * 0.6 },
      perLeverage: { us: -r.slope * 0.2, iran: r.slope * 0.3 },
      setbackDays: 180,
    }),
  );

/** Valid games with options, a deadline and ratification; `common` forces a common prior. */
function gameArbitrary(common: boolean): fc.Arbitrary<GameParams> {
  return fc
    .record({
      horizonWeeks: fc.integer({ min: 1, max: 40 }),
      dUs: delta,
      dIran: delta,
      random: fc.boolean(),
      pUs: unit,
      everyWeeks: fc.integer({ min: 1, max: 3 }),
      startDays: fc.double({ min: 5, max: 365, noNaN: true }),
      endDays: fc.double({ min: 1, max: 365, noNaN: true }),
      sq: fc.tuple(unit, unit, unit, unit, unit),
      options: fc.tuple(
        option("snapback", "us", "walkout"),
        option("strike", "us", "strike"),
        option("npt-exit", "iran", "walkout"),
      ),
      deadline: fc.option(
        fc.record({
          week: fc.integer({ min: 0, max: 39 }),
          c: unit,
          slip: fc.integer({ min: 1, max: 8 }),
          decay: unit,
        }),
      ),
      ratification: fc.option(
        fc.tuple(
          fc.double({ min: 0, max: 0.5, noNaN: true }),
          fc.double({ min: 0, max: 0.4, noNaN: true }),
        ),
      ),
      shifts: fc.tuple(
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
      ),
      growth: fc.tuple(
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
      ),
      odds: fc.tuple(unit, unit),
      halfLife: fc.oneof(
        fc.constant(Number.POSITIVE_INFINITY),
        fc.double({ min: 1, max: 52, noNaN: true }),
      ),
      anyDeal: fc.boolean(),
    })
    .map((r): GameParams => {
      const H = r.horizonWeeks;
      const days = Array.from(
        { length: H + 1 },
        (_, t) => r.startDays + ((r.endDays - r.startDays) * t) / H,
      );
      return bargainingGame({
        horizonWeeks: H,
        discount: { us: r.dUs, iran: r.dIran },
        protocol: {
          kind: r.random ? "random" : "alternating",
          first: "us",
          pUs: r.pUs,
          everyWeeks: r.everyWeeks,
        },
        breakoutDays: days,
        statusQuo: {
          us: { baseValue: r.sq[0] * 0.5, advanceCost: r.sq[1] * 0.3 },
          iran: {
            baseValue: r.sq[2] * 0.5,
            sanctionsCost: r.sq[3] * 0.2,
            leverageGain: r.sq[4] * 0.3,
          },
        },
        war: { costUs: 0.5, costIran: 0.8 },
        options: [...r.options],
        deadline:
          r.deadline === null || r.deadline.week >= H
            ? null
            : {
                week: r.deadline.week,
                credibility: r.deadline.c,
                option: 0,
                slipWeeks: r.deadline.slip,
                decay: r.deadline.decay,
              },
        ratification:
          r.ratification === null
            ? null
            : { low: r.ratification[0], high: r.ratification[0] + r.ratification[1] },
        usAcceptsAnyDeal: r.anyDeal,
        beliefs: common
          ? { us: commonBelief(r.pUs), iran: commonBelief(1 - r.pUs), halfLifeWeeks: r.halfLife }
          : {
              us: {
                credibilityShift: r.shifts[0],
                leverageGrowth: r.growth[0],
                proposeOdds: r.odds[0],
              },
              iran: {
                credibilityShift: r.shifts[1],
                leverageGrowth: r.growth[1],
                proposeOdds: r.odds[1],
              },
              halfLifeWeeks: r.halfLife,
            },
      });
    });
}

const snapback: OptionParams = {
  name: "snapback",
  owner: "us",
  kind: "walkout",
  credibility: 1,
  value: { us: 0.3, iran: 0.1 },
  perLeverage: { us: 0, iran: 0 },
  setbackDays: 0,
};

describe("solveBargainingGame(params) reduces to the closed forms", () => {
  it("tends to rubinsteinShare(δ1, δ2) within 1e−6 as the horizon grows", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (d1, d2) => {
          const share = plan(
            bargainingGame({ horizonWeeks: LONG_HORIZON_WEEKS, discount: { us: d1, iran: d2 } }),
          ).usShare[0];
          expect(Math.abs(share - rubinsteinShare(d1, d2))).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("obeys the outside-option principle (Binmore, Shaked & Sutton 1989) for any δ and b", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (delta, b) => {
          const share = plan(outsideOptionGame(delta, b, LONG_HORIZON_WEEKS)).usShare[0];
          expect(Math.abs(share - outsideOptionShare(delta, b))).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("splits the surplus over inside options as Nash did when δ → 1 (Binmore, Rubinstein & Wolinsky 1986)", () => {
    // No-deal values d = (0.2, 0.3) paid as flows; the first proposer gets d1 + (1 − d1 − d2)/(1 + δ).
    const delta = 0.999;
    const params = bargainingGame({
      horizonWeeks: 40_000,
      discount: { us: delta, iran: delta },
      statusQuo: {
        us: { baseValue: 0.2, advanceCost: 0 },
        iran: { baseValue: 0.3, sanctionsCost: 0, leverageGain: 0 },
      },
    });
    const share = plan(params).usShare[0];
    expect(share).toBeCloseTo(0.2 + 0.5 / (1 + delta), 9);
    expect(Math.abs(share - nashSplit(0.2, 0.3))).toBeLessThan(2e-4);
  });
});

describe("solveBargainingGame(params) with a common prior", () => {
  it("agrees at once when a deal beats every option", () => {
    const params = bargainingGame({ horizonWeeks: 30, options: [snapback] });
    const outcome = bargainingOutcomes(params, plan(params));
    expect(outcome.pDealByWeek[0]).toBe(1);
  });

  it("values the future exactly as the outcome pass realises it (plan value = expected utility)", () => {
    fc.assert(
      fc.property(gameArbitrary(true), (params) => {
        const p = plan(params);
        const outcome = bargainingOutcomes(params, p);
        expect(outcome.utility.us).toBeCloseTo(p.valueUs[0], 9);
        expect(outcome.utility.iran).toBeCloseTo(p.valueIran[0], 9);
      }),
      { numRuns: 300 },
    );
  });
});

describe("solveBargainingGame(params) without a common prior (Yildiz 2003)", () => {
  it("delays when both sides expect to propose more often than they will", () => {
    const game = (odds: number) =>
      bargainingGame({
        horizonWeeks: 20,
        discount: { us: 0.99, iran: 0.99 },
        protocol: { kind: "random", first: "us", pUs: 0.5, everyWeeks: 1 },
        beliefs: { us: commonBelief(odds), iran: commonBelief(odds), halfLifeWeeks: Infinity },
      });
    const common = bargainingOutcomes(game(0.5), plan(game(0.5)));
    const optimistic = bargainingOutcomes(game(0.9), plan(game(0.9)));
    expect(common.pDealByWeek[0]).toBe(1);
    expect(optimistic.pDealByWeek[0]).toBe(0);
    expect(optimistic.pDealByWeek[19]).toBe(1); // the last week: nothing left to wait for
  });

  it("delays until the deadline when Iran doubts the US will walk out", () => {
    const game = (shift: number) =>
      bargainingGame({
        horizonWeeks: 20,
        discount: { us: 0.99, iran: 0.99 },
        // Walking out mid-talks is not credible; only the deadline is.
        options: [{ ...snapback, credibility: 0, value: { us: 0.45, iran: 0.05 } }],
        deadline: { week: 5, credibility: 0.9, option: 0, slipWeeks: 4, decay: 0.5 },
        statusQuo: {
          us: { baseValue: 0.3, advanceCost: 0 },
          iran: { baseValue: 0.55, sanctionsCost: 0, leverageGain: 0 },
        },
        beliefs: {
          us: commonBelief(0.5),
          iran: { credibilityShift: shift, leverageGrowth: 1, proposeOdds: 0.5 },
          halfLifeWeeks: Infinity,
        },
      });
    const doubting = bargainingOutcomes(game(-0.9), plan(game(-0.9)));
    const common = bargainingOutcomes(game(0), plan(game(0)));
    expect(common.pDealByWeek[0]).toBe(1);
    expect(doubting.pDealByWeek.slice(0, 6).every((p) => p === 0)).toBe(true);
    // Snapback at the deadline (0.9), or at a later, slipped one.
    expect(doubting.pBreakdown[0]).toBeGreaterThanOrEqual(0.9);
  });

  it("never returns NaN or a probability outside [0, 1], whatever the beliefs", () => {
    fc.assert(
      fc.property(gameArbitrary(false), (params) => {
        const p = plan(params);
        for (const v of [...p.valueUs, ...p.valueIran, ...p.usShare, ...p.ratifyProbability])
          expect(Number.isFinite(v)).toBe(true);
        const o = bargainingOutcomes(params, p);
        const total =
          o.pDelay +
          o.pDealByWeek.reduce((a, b) => a + b, 0) +
          o.pBreakdown.reduce((a, b) => a + b, 0);
        expect(total).toBeCloseTo(1, 12);
        for (const x of p.usShare) expect(x >= 0 && x <= 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("solveBargainingGame(params) protocols", () => {
  it("holds rounds only every k weeks for indirect talks", () => {
    const p = plan(
      bargainingGame({
        horizonWeeks: 9,
        protocol: { kind: "alternating", first: "us", pUs: 0.5, everyWeeks: 3 },
      }),
    );
    for (let t = 0; t < 9; t++) {
      const held =
        p.action[2 * t] !== BARGAINING_ACTION.none ||
        p.action[2 * t + 1] !== BARGAINING_ACTION.none;
      expect(held).toBe(t % 3 === 0);
    }
  });
});

describe("simulateBargainingPath(params, plan, rng) samples the exact distribution", () => {
  it("matches bargainingOutcomes within Monte Carlo error", () => {
    const params = bargainingGame({
      horizonWeeks: 12,
      protocol: { kind: "random", first: "us", pUs: 0.4, everyWeeks: 1 },
      options: [{ ...snapback, credibility: 0.3, value: { us: 0.6, iran: 0.1 } }],
      ratification: { low: 0.2, high: 0.7 },
      deadline: { week: 3, credibility: 0.5, option: 0, slipWeeks: 2, decay: 0.8 },
      beliefs: { us: commonBelief(0.9), iran: commonBelief(0.9), halfLifeWeeks: 4 },
    });
    const p = plan(params);
    const exact = bargainingOutcomes(params, p);
    const rng = createRng(11);
    const out = emptyPathOutcome();
    const n = 40_000;
    let deals = 0;
    let breakdowns = 0;
    let utilityUs = 0;
    for (let i = 0; i < n; i++) {
      simulateBargainingPath(params, p, rng, out);
      if (out.kind === 0) deals++;
      if (out.kind === 1) breakdowns++;
      utilityUs += out.utilityUs;
    }
    const pDeal = exact.pDealByWeek.reduce((a, b) => a + b, 0);
    expect(Math.abs(deals / n - pDeal)).toBeLessThan(0.01);
    expect(Math.abs(breakdowns / n - exact.pBreakdown[0])).toBeLessThan(0.01);
    expect(Math.abs(utilityUs / n - exact.utility.us)).toBeLessThan(0.01);
  });
});
