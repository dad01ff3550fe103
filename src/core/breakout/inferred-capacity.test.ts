// Capacity inferred from a reported production rate (docs/methodology.md §2.3; issue 12, item 2).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { valueFunction } from "../enrichment/index.js";
import type { ProgramState } from "../program/index.js";
import { defaultAssumptions } from "./defaults.js";
import { medianParameters } from "./draw.js";
import { inferCapacitySwuPerYear } from "./inferred-capacity.js";
import { compileBreakout } from "./model.js";
import { describePlan } from "./plan.js";

const TYPES = [
  {
    machineType: "IR-6",
    swuPerYearLow: 4,
    swuPerYearHigh: 7,
    machinesPerCascade: 174,
    basis: "t",
    sources: [],
  },
];

/**
 * Product made in one month by `swuPerYear` of capacity on the step xf → xp with tails xt, found
 * by bisection on the separative-work balance written out from the mass balance (F = P + T,
 * F·xf = P·xp + T·xt) and the value function, not through the code under test.
 */
function productPerMonth(swuPerYear: number, xp: number, xf: number, xt: number): number {
  const work = (p: number) => {
    const f = (p * (xp - xt)) / (xf - xt);
    const t = f - p;
    return p * valueFunction(xp) + t * valueFunction(xt) - f * valueFunction(xf);
  };
  let [lo, hi] = [0, 1e6];
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (work(mid) < swuPerYear / 12) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe("inferCapacitySwuPerYear", () => {
  // S/P from V(x) = (2x − 1)·ln(x / (1 − x)), worked in docs/methodology.md §2.3: to 60 % from
  // 4.5 % at 2 % tails F/P = 23.2 and S/P = 18.525376; from 19.75 % at 10 % tails S/P = 2.987794.
  it("gives 12 · r · S/P: 9 kg/month from 4.5 % at 2 % tails is 2,000.7 SWU/yr", () => {
    expect(inferCapacitySwuPerYear(9, 0.6, 0.045, 0.02)).toBeCloseTo(108 * 18.525376, 2);
    expect(inferCapacitySwuPerYear(34, 0.6, 0.1975, 0.1)).toBeCloseTo(408 * 2.987794, 2);
  });

  it("falls as the tails rise: the 1–3 % range for 9 kg/month spans 1,656 to 2,659 SWU/yr", () => {
    expect(inferCapacitySwuPerYear(9, 0.6, 0.045, 0.03)).toBeCloseTo(1656.311, 2);
    expect(inferCapacitySwuPerYear(9, 0.6, 0.045, 0.01)).toBeCloseTo(2659.479, 2);
  });

  test.prop([
    fc.double({ min: 0.5, max: 60, noNaN: true }),
    fc.constantFrom(0.045, 0.1975),
    fc.double({ min: 0.05, max: 0.9, noNaN: true }),
  ])("running the inferred capacity forward reproduces the reported rate", (rate, xf, share) => {
    const xt = xf * share;
    const capacity = inferCapacitySwuPerYear(rate, 0.6, xf, xt);
    const made = productPerMonth(capacity, 0.6, xf, xt);
    expect(made / rate).toBeCloseTo(1, 9);
    // The feed it needs balances U-235: F·xf = P·xp + T·xt.
    const feed = (made * (0.6 - xt)) / (xf - xt);
    expect(feed * xf).toBeCloseTo(made * 0.6 + (feed - made) * xt, 9);
  });
});

describe("the engine uses the larger of inferred and counted capacity (or the user's choice)", () => {
  const rate = {
    product: "upTo60" as const,
    feed: "upTo5" as const,
    sites: ["Fordow FFEP"],
    kgUPerMonth: { value: 9, source: "https://example.org/r", sourceKind: "news" as const },
    period: "2023",
    note: "test",
  };
  const state = (machines: number): ProgramState => ({
    label: "t",
    date: "2023-05-13",
    stocks: [
      {
        band: "upTo60",
        kgU: 100,
        assay: 0.6,
        provenance: { origin: "user", source: "t" },
      },
    ],
    fleet:
      machines > 0
        ? [
            {
              site: "Fordow FFEP",
              machineType: "IR-6",
              enrichingMachines: machines,
              installedMachines: machines,
              machinesPerCascade: 174,
              provenance: { origin: "user", source: "t" },
            },
          ]
        : [],
    productionRates: [rate],
    warnings: [],
  });
  // At the median the tails are the middle of 1–3 %: 2 %, so the rate implies 2,000.74 SWU/yr.
  const implied = inferCapacitySwuPerYear(9, 0.6, 0.045, 0.02);
  const planOf = (s: ProgramState, basis: "larger" | "counts" | "production") => {
    const a = { ...defaultAssumptions(TYPES), capacityBasis: basis };
    const model = compileBreakout(s, a);
    return { model, plan: model.infeasible ? null : describePlan(model, medianParameters(a)) };
  };
  const ir6 = Math.sqrt(4 * 7); // the median of the 4–7 SWU/yr lognormal

  it("with no machines counted at the site, the capacity is the inferred one, running HEU steps", () => {
    const { plan } = planOf(state(0), "larger");
    expect(plan?.capacity.swuPerYear).toBeCloseTo(implied, 6);
    expect(plan?.capacity.groups).toEqual([
      expect.objectContaining({ machineType: "inferred", runningHeu: true }),
    ]);
  });

  it("with more counted than inferred, the total is the count, and the inferred part runs HEU steps", () => {
    const { plan } = planOf(state(1044), "larger");
    expect(plan?.capacity.swuPerYear).toBeCloseTo(1044 * ir6, 6);
    const running = plan?.capacity.groups.filter((g) => g.runningHeu) ?? [];
    expect(running.reduce((sum, g) => sum + g.swuPerYear, 0)).toBeCloseTo(implied, 6);
  });

  it("with fewer counted than inferred, the total is the inferred capacity", () => {
    const { plan } = planOf(state(174), "larger");
    expect(174 * ir6).toBeLessThan(implied);
    expect(plan?.capacity.swuPerYear).toBeCloseTo(implied, 6);
  });

  it("'counts' ignores the rate; 'production' uses only what it implies", () => {
    expect(planOf(state(0), "counts").model.infeasible).toMatch(/no enrichment capacity known/);
    expect(planOf(state(1044), "counts").plan?.capacity.swuPerYear).toBeCloseTo(1044 * ir6, 6);
    expect(planOf(state(1044), "production").plan?.capacity.swuPerYear).toBeCloseTo(implied, 6);
  });
});
