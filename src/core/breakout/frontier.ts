import type { StockBand } from "../program/index.js";
import type { FeedRoutes } from "./routes.js";

/**
 * A straight piece of the cheapest-production frontier: producing `kg` more of 90 % uranium from
 * one feed band, at a constant cost per kg. Costs are machine-SWU (separative work ÷ efficiency).
 */
export interface Segment {
  band: StockBand;
  /** kg of 90 % product along this piece (Infinity for unlimited feed). */
  kg: number;
  /** Machine-SWU per kg of product: LEU steps, HEU steps, and their sum (the slope). */
  leuRate: number;
  heuRate: number;
  slope: number;
  /** Separative work (kg-SWU) and feed (kg) per kg of product. */
  swuRate: number;
  feedRate: number;
  /** The tails assays mixed along this piece (from, to). */
  tails: [number, number];
}

interface HullPoint {
  kg: number;
  cost: number;
  leu: number;
  heu: number;
  swu: number;
  feed: number;
  tails: number;
}

/** Lower convex hull of points sorted by kg (Andrew's monotone chain). */
function lowerHull(points: HullPoint[]): HullPoint[] {
  const hull: HullPoint[] = [];
  for (const p of points) {
    while (hull.length >= 2) {
      const [a, b] = [hull[hull.length - 2], hull[hull.length - 1]];
      const cross = (b.kg - a.kg) * (p.cost - a.cost) - (b.cost - a.cost) * (p.kg - a.kg);
      if (cross > 0) break;
      hull.pop();
    }
    hull.push(p);
  }
  return hull;
}

/**
 * The cheapest ways to make 90 % uranium from one stock. Using all the stock at tails τ gives
 * P = F/φ(τ) kg for P·c(τ) machine-SWU; lowering τ yields more product for more work. The lower
 * hull of these points (plus the origin) is the least cost of any amount: mixing two tails is a
 * straight line between them, as in the equivalent linear program.
 */
export function stockSegments(routes: FeedRoutes, etaLeu: number, etaHeu: number): Segment[] {
  const costed = routes.options.map((o) => ({
    option: o,
    leu: o.leuSwuPerKg / etaLeu,
    heu: o.heuSwuPerKg / etaHeu,
  }));
  if (costed.length === 0 || routes.kgAvailable <= 0) return [];
  if (!Number.isFinite(routes.kgAvailable)) {
    // Unlimited feed: only the cheapest option matters.
    const best = costed.reduce((a, b) => (b.leu + b.heu < a.leu + a.heu ? b : a));
    return [
      {
        band: routes.band,
        kg: Number.POSITIVE_INFINITY,
        leuRate: best.leu,
        heuRate: best.heu,
        slope: best.leu + best.heu,
        swuRate: best.option.leuSwuPerKg + best.option.heuSwuPerKg,
        feedRate: best.option.feedPerKg,
        tails: [best.option.tailsAssay, best.option.tailsAssay],
      },
    ];
  }
  const origin: HullPoint = { kg: 0, cost: 0, leu: 0, heu: 0, swu: 0, feed: 0, tails: 0 };
  const points = costed.map(({ option, leu, heu }): HullPoint => {
    const kg = routes.kgAvailable / option.feedPerKg;
    return {
      kg,
      cost: kg * (leu + heu),
      leu: kg * leu,
      heu: kg * heu,
      swu: kg * (option.leuSwuPerKg + option.heuSwuPerKg),
      feed: routes.kgAvailable,
      tails: option.tailsAssay,
    };
  });
  const hull = lowerHull([origin, ...points]);
  const segments: Segment[] = [];
  for (let i = 1; i < hull.length; i++) {
    const [a, b] = [hull[i - 1], hull[i]];
    const kg = b.kg - a.kg;
    segments.push({
      band: routes.band,
      kg,
      leuRate: (b.leu - a.leu) / kg,
      heuRate: (b.heu - a.heu) / kg,
      slope: (b.cost - a.cost) / kg,
      swuRate: (b.swu - a.swu) / kg,
      feedRate: (b.feed - a.feed) / kg,
      tails: [i === 1 ? b.tails : a.tails, b.tails],
    });
  }
  return segments;
}

/**
 * The frontier over all stocks: every stock's pieces in order of cost per kg. Each stock's own
 * costs rise along its hull, so the sorted list is the greedy solution of the separable convex
 * problem "least machine-SWU for a given amount of product" (checked against an LP in tests).
 */
export function frontier(feeds: FeedRoutes[], etaLeu: number, etaHeu: number): Segment[] {
  const segments = feeds.flatMap((routes) => stockSegments(routes, etaLeu, etaHeu));
  // A stable sort keeps the order of feeds on ties, so the same input gives the same plan.
  return segments.sort((a, b) => a.slope - b.slope);
}
