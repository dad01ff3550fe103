import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { separativeWork, swuPerKgProduct } from "../enrichment/index.js";
import { chainSteps, feedRoutes, tailsOptions } from "./routes.js";

describe("chainSteps(feedAssay, tails)", () => {
  it("splits natural → 90 % at 0.3 % tails via 4.5/20/60 %: 4,823.4 SWU in all, HEU steps 348.5 and 113.4 (clock.md)", () => {
    // Our chain passes through 4.5 %, not clock.md's 3.5 %, so only the total and the HEU steps compare.
    const steps = chainSteps(0.00711, 0.003);
    expect(steps.map((s) => s.toAssay)).toEqual([0.045, 0.2, 0.6, 0.9]);
    const total = steps.reduce((sum, s) => sum + 25 * s.swuPerKg, 0);
    expect(total).toBeCloseTo(4823.4, 1);
    expect(25 * steps[2].swuPerKg).toBeCloseTo(348.5, 1);
    expect(25 * steps[3].swuPerKg).toBeCloseTo(113.4, 1);
  });

  it("adds up to the single step for any feed and tails (common tails)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.005, max: 0.85, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (feed, k) => {
          const tails = feed * k;
          const sum = chainSteps(feed, tails).reduce((s, step) => s + step.swuPerKg, 0);
          expect(sum).toBeCloseTo(swuPerKgProduct(0.9, feed, tails), 6);
        },
      ),
    );
  });

  it("marks steps whose product is above 20 % as HEU", () => {
    expect(chainSteps(0.045, 0.003).map((s) => s.heu)).toEqual([false, true, true]);
    expect(chainSteps(0.6, 0.2).map((s) => s.heu)).toEqual([true]);
  });
});

describe("tailsOptions(feed, range)", () => {
  it("spreads 12 options from the top of the range down to its bottom, below the feed assay", () => {
    const options = tailsOptions(0.6, [0.003, 0.3]);
    expect(options).toHaveLength(12);
    expect(options[0]).toBeCloseTo(0.3, 12);
    expect(options[11]).toBeCloseTo(0.003, 12);
    expect([...options].sort((a, b) => b - a)).toEqual(options);
  });

  it("keeps tails below the feed assay", () => {
    expect(Math.max(...tailsOptions(0.00711, [0.0025, 0.05]))).toBeLessThan(0.00711);
  });
});

describe("feedRoutes", () => {
  it("gives 40 kg of 60 % at 10 % tails the published 67.1 SWU for 25 kg", () => {
    const routes = feedRoutes("upTo60", 0.6, 40, [0.1, 0.1]);
    const option = routes.options[0];
    expect(25 * (option.leuSwuPerKg + option.heuSwuPerKg)).toBeCloseTo(
      separativeWork(25, 0.9, 0.6, 0.1),
      6,
    );
    expect(25 * option.feedPerKg).toBeCloseTo(40, 6);
  });
});
