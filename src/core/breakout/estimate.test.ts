import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { group, ideal, MACHINE_TYPES, state } from "../../../test/fixtures/breakout-states.js";
import { separativeWork } from "../enrichment/index.js";
import { createRng } from "../rng.js";
import { point } from "../uncertain/index.js";
import { defaultAssumptions } from "./defaults.js";
import { drawParameters, medianParameters, runDraw } from "./draw.js";
import { estimateBreakout } from "./estimate.js";
import { compileBreakout } from "./model.js";
import { breakoutChunk, breakoutMonteCarlo, mergeDraws } from "./monte-carlo.js";
import { describePlan } from "./plan.js";

const DAYS_PER_YEAR = 365.25;

describe("breakout closed forms (ideal plant, η = 1, no set-up)", () => {
  it("natural uranium only, 0.3 % tails: days = 4,823.4 SWU ÷ capacity", () => {
    const s = state([], [group("Natanz FEP", "IR-1", 10_000)]);
    const a = ideal({
      stocksUsed: ["natural"],
      tailsRange: { ...ideal().tailsRange, natural: [0.003, 0.003] },
    });
    const days = runDraw(compileBreakout(s, a), medianParameters(a), 1).firstDays as number;
    expect(days).toBeCloseTo((separativeWork(25, 0.9, 0.00711, 0.003) / 10_000) * DAYS_PER_YEAR, 6);
    expect(days).toBeCloseTo(176.17, 1);
  });

  it("40 kg of 60 % alone needs about 67.1 SWU (stock-limited 10 % tails; tails options cost < 1 % more)", () => {
    const s = state([["upTo60", 40, 0.6]], [group("Fordow FFEP", "IR-6", 166, 166)]);
    const a = ideal({ stocksUsed: ["upTo60"] });
    const plan = describePlan(compileBreakout(s, a), medianParameters(a));
    expect(plan.totalSwu).toBeGreaterThanOrEqual(67.1 - 0.05);
    expect(plan.totalSwu).toBeLessThan(67.1 * 1.01);
    expect(plan.feeds[0].kgFeedUsed).toBeCloseTo(40, 6);
    expect(plan.days).toBeCloseTo((plan.totalSwu / (166 * 5)) * DAYS_PER_YEAR, 6);
  });

  it("the N-th quantity of unlimited feed takes N times as long", () => {
    const s = state([], [group("Natanz FEP", "IR-1", 5000)]);
    const a = ideal({ stocksUsed: ["natural"] });
    const draw = runDraw(compileBreakout(s, a), medianParameters(a), 4);
    expect(draw.nthDays as number).toBeCloseTo(4 * (draw.firstDays as number), 6);
  });

  it("HEU steps on a few cascades first: the time is set by those cascades until the rest join", () => {
    // 60 % feed only, so all work is HEU work; 10 cascades of 166 IR-6, 2 of them allowed at first.
    const s = state([["upTo60", 1000, 0.6]], [group("Fordow FFEP", "IR-6", 1660, 166)]);
    const a = ideal({ stocksUsed: ["upTo60"], heuCascades: 2, reconfigurationDays: point(1000) });
    const model = compileBreakout(s, a);
    const plan = describePlan(model, medianParameters(a));
    expect(plan.bottleneck).toBe("HEU cascades");
    expect(plan.days).toBeCloseTo((plan.totalSwu / (2 * 166 * 5)) * DAYS_PER_YEAR, 6);
  });
});

describe("breakout infeasible cases return a reason, not a number", () => {
  it("too little material", () => {
    const s = state([["upTo60", 20, 0.6]], [group("Fordow FFEP", "IR-6", 166, 166)]);
    const a = ideal({ stocksUsed: ["upTo60"] });
    const result = estimateBreakout(s, a, {
      samples: 50,
      seed: 1,
      quantities: 1,
      alternativeSamples: 0,
    });
    expect(result.infeasible).toMatch(/not enough material/);
    expect(result.firstQuantityDays).toBeNull();
  });

  it("no capacity at the chosen sites", () => {
    const s = state([["upTo60", 100, 0.6]], [group("Natanz FEP", "IR-1", 5060)]);
    const result = estimateBreakout(s, ideal({ sites: ["Fordow"] }), {
      samples: 10,
      seed: 1,
      quantities: 1,
      alternativeSamples: 0,
    });
    expect(result.infeasible).toMatch(/no enrichment capacity/);
    expect(result.plan).toBeNull();
  });

  it("machines with no output figure are left out, and said so", () => {
    const s = state([["upTo60", 100, 0.6]], [group("Natanz PFEP", "IR-9", 100)]);
    const model = compileBreakout(s, ideal());
    expect(model.infeasible).toMatch(/output figure/);
    expect(model.warnings.join(" ")).toMatch(/IR-9/);
  });
});

describe("breakout properties", () => {
  const base = state(
    [
      ["upTo5", 2000, 0.045],
      ["upTo20", 100, 0.1975],
      ["upTo60", 20, 0.6],
    ],
    [group("Natanz FEP", "IR-1", 5000), group("Natanz FEP", "IR-2m", 1044, 174)],
  );
  const a = defaultAssumptions(MACHINE_TYPES);

  it("more machines never make breakout slower", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 1000 }),
        (extra, seed) => {
          const p = drawParameters(a, createRng(seed));
          const more = {
            ...base,
            fleet: [...base.fleet, group("Fordow FFEP", "IR-6", extra + 166, 166)],
          };
          const t0 = runDraw(compileBreakout(base, a), p, 1).firstDays as number;
          const t1 = runDraw(compileBreakout(more, a), p, 1).firstDays as number;
          expect(t1).toBeLessThanOrEqual(t0 + 1e-9);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("more stock never makes breakout slower", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        (kg, seed) => {
          const p = drawParameters(a, createRng(seed));
          const more = { ...base, stocks: base.stocks.map((s) => ({ ...s, kgU: s.kgU + kg })) };
          const t0 = runDraw(compileBreakout(base, a), p, 1).firstDays as number;
          const t1 = runDraw(compileBreakout(more, a), p, 1).firstDays as number;
          expect(t1).toBeLessThanOrEqual(t0 + 1e-9);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("production by month never falls, and the N-th quantity never comes before the first", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 2, max: 10 }),
        (seed, n) => {
          const draw = runDraw(compileBreakout(base, a), drawParameters(a, createRng(seed)), n);
          for (let m = 1; m < 12; m++)
            expect(draw.kgByMonth[m]).toBeGreaterThanOrEqual(draw.kgByMonth[m - 1]);
          if (draw.nthDays !== null)
            expect(draw.nthDays).toBeGreaterThanOrEqual(draw.firstDays as number);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("the lower bound is below every draw", () => {
    const result = estimateBreakout(base, a, {
      samples: 2000,
      seed: 3,
      quantities: 1,
      alternativeSamples: 0,
    });
    expect(result.lowerBoundDays as number).toBeLessThan(result.firstQuantityDays?.p5 as number);
  });
});

describe("breakout Monte Carlo is reproducible", () => {
  const s = state(
    [
      ["upTo20", 500, 0.1975],
      ["upTo60", 100, 0.6],
    ],
    [group("Natanz FEP", "IR-2m", 1044, 174)],
  );
  const model = compileBreakout(s, defaultAssumptions(MACHINE_TYPES));

  it("gives the same draws for the same seed", () => {
    expect(breakoutMonteCarlo(model, 2500, 42, 3)).toEqual(breakoutMonteCarlo(model, 2500, 42, 3));
  });

  it("gives the same draws however the chunks are spread (stream k for chunk k)", () => {
    const whole = breakoutMonteCarlo(model, 2500, 42, 3);
    const pieces = [2, 0, 1].map((k) => ({
      k,
      draws: breakoutChunk(model, 42, k, k === 2 ? 500 : 1000, 3),
    }));
    const merged = mergeDraws(pieces.sort((x, y) => x.k - y.k).map((p) => p.draws));
    expect(merged).toEqual(whole);
  });

  it("gives different draws for different seeds", () => {
    expect(breakoutMonteCarlo(model, 100, 1, 1).firstDays).not.toEqual(
      breakoutMonteCarlo(model, 100, 2, 1).firstDays,
    );
  });
});

describe("capacity events scale a site's capacity, and the warnings list each one (issue 12, item 3)", () => {
  const damage = {
    id: "fep-damage",
    what: "attack on the FEP",
    from: "2021-04-11",
    until: "2021-12-02",
    sites: ["Natanz FEP"],
    machineTypes: ["IR-1"],
    scaleLow: 0.4,
    scaleHigh: 0.6,
    basis: "about half",
    source: "https://example.org/isis",
    sourceKind: "think tank" as const,
    fromReport: "2021-04-21",
  };
  const base = state([], [group("Natanz FEP", "IR-1", 5000), group("Fordow FFEP", "IR-1", 1000)]);
  const damaged: typeof base = { ...base, capacityAdjustments: [damage] };
  const a = ideal({ stocksUsed: ["natural"] });

  it("scales only the listed site and type, by the middle of the range at the median", () => {
    const plan = describePlan(compileBreakout(damaged, a), medianParameters(a));
    const at = (site: string) => plan.capacity.groups.find((g) => g.site === site)?.machines;
    expect(at("Natanz FEP")).toBeCloseTo(5000 * 0.5, 6);
    expect(at("Fordow FFEP")).toBeCloseTo(1000, 6);
  });

  it("draws a factor inside the range: every draw is slower than the undamaged plant and faster than at 0.4", () => {
    const days = (s: typeof base, samples: number) =>
      estimateBreakout(s, a, { samples, seed: 5, quantities: 1, alternativeSamples: 0 });
    const hurt = days(damaged, 400);
    const whole = runDraw(compileBreakout(base, a), medianParameters(a), 1).firstDays as number;
    const worst = runDraw(
      compileBreakout(damaged, a),
      { ...medianParameters(a), capacityScale: { "fep-damage": 0.4 } },
      1,
    ).firstDays as number;
    expect(hurt.firstQuantityDays?.p5).toBeGreaterThan(whole);
    expect(hurt.firstQuantityDays?.p95).toBeLessThan(worst);
    expect(hurt.capacityAdjustments).toEqual([damage]);
  });
});
