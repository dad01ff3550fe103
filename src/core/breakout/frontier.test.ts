import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solve } from "yalps";
import type { StockBand } from "../program/index.js";
import { frontier, type Segment } from "./frontier.js";
import { feedRoutes } from "./routes.js";

/** Least cost of `kg` along a frontier (walking its pieces in order). */
function costOf(segments: Segment[], kg: number): number | null {
  let left = kg;
  let cost = 0;
  for (const s of segments) {
    const take = Math.min(s.kg, left);
    cost += take * s.slope;
    left -= take;
    if (left <= 1e-9) return cost;
  }
  return null;
}

const BANDS: [StockBand, number, [number, number]][] = [
  ["upTo5", 0.045, [0.003, 0.02]],
  ["upTo20", 0.1975, [0.003, 0.1]],
  ["upTo60", 0.6, [0.003, 0.3]],
];

describe("frontier(feeds, ηLEU, ηHEU)", () => {
  it("equals the linear program's least cost (yalps) on random stocks, efficiencies and targets", () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.double({ min: 10, max: 3000, noNaN: true }),
          fc.double({ min: 1, max: 300, noNaN: true }),
          fc.double({ min: 1, max: 200, noNaN: true }),
        ),
        fc.double({ min: 0.3, max: 1, noNaN: true }),
        fc.double({ min: 0.3, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (kgs, etaLeu, etaHeu, share) => {
          const feeds = BANDS.map(([band, assay, range], i) =>
            feedRoutes(band, assay, kgs[i], range),
          );
          const segments = frontier(feeds, etaLeu, etaHeu);
          const maxKg = segments.reduce((sum, s) => sum + s.kg, 0);
          const target = share * maxKg;
          const variables: Record<string, Record<string, number>> = {};
          feeds.forEach((f, i) => {
            f.options.forEach((o, j) => {
              variables[`x${i}_${j}`] = {
                cost: o.leuSwuPerKg / etaLeu + o.heuSwuPerKg / etaHeu,
                [`feed${i}`]: o.feedPerKg,
                product: 1,
              };
            });
          });
          const constraints: Record<string, { min?: number; max?: number }> = {
            product: { min: target },
          };
          feeds.forEach((f, i) => {
            constraints[`feed${i}`] = { max: f.kgAvailable };
          });
          const lp = solve({ direction: "minimize", objective: "cost", constraints, variables });
          expect(lp.status).toBe("optimal");
          const greedy = costOf(segments, target) as number;
          expect(Math.abs(greedy - lp.result) / lp.result).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("orders pieces by cost per kg, so cheap HEU stocks come first", () => {
    const feeds = BANDS.map(([band, assay, range]) => feedRoutes(band, assay, 100, range));
    const segments = frontier(feeds, 1, 1);
    expect(segments[0].band).toBe("upTo60");
    for (let i = 1; i < segments.length; i++) {
      expect(segments[i].slope).toBeGreaterThanOrEqual(segments[i - 1].slope);
    }
  });

  it("conserves feed: a stock's pieces use exactly the stock", () => {
    const feeds = [feedRoutes("upTo20", 0.1975, 113.8, [0.003, 0.1])];
    const used = frontier(feeds, 1, 1).reduce((sum, s) => sum + s.kg * s.feedRate, 0);
    expect(used).toBeCloseTo(113.8, 6);
  });

  it("gives unlimited natural feed one piece at the cheapest tails", () => {
    const segments = frontier(
      [feedRoutes("natural", 0.00711, Number.POSITIVE_INFINITY, [0.0025, 0.005])],
      1,
      1,
    );
    expect(segments).toHaveLength(1);
    expect(segments[0].kg).toBe(Number.POSITIVE_INFINITY);
    expect(segments[0].tails[0]).toBeCloseTo(0.005, 9);
  });
});
