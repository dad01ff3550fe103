import { feedPerProduct, swuPerKgProduct, WEAPON_GRADE_ASSAY } from "../enrichment/index.js";
import type { StockBand } from "../program/index.js";

/** Steps of the textbook chain (clock.md): natural → 4.5 % → 20 % → 60 % → 90 %. */
const CHAIN_LEVELS = [0.045, 0.2, 0.6, WEAPON_GRADE_ASSAY];
/** Steps whose product is above this assay are HEU steps (their own efficiency and cascade cap). */
const HEU_ABOVE = 0.2;
/** Tails options per feed band: enough that the piecewise-linear frontier tracks the curve. */
const TAILS_OPTIONS = 12;

/** One step of a route, per kg of 90 % product. */
export interface RouteStep {
  fromAssay: number;
  toAssay: number;
  swuPerKg: number;
  heu: boolean;
}

/** Enriching one feed band straight to 90 % at one tails assay, in steps sharing that tails. */
export interface RouteOption {
  tailsAssay: number;
  /** kg of feed per kg of 90 % product. */
  feedPerKg: number;
  /** Separative work per kg of product in steps up to 20 % and above 20 %. */
  leuSwuPerKg: number;
  heuSwuPerKg: number;
  steps: RouteStep[];
}

/** The options for one stock: its feed and the tails a plan may choose. */
export interface FeedRoutes {
  band: StockBand;
  assay: number;
  /** kg of this feed available; Infinity when not limiting. */
  kgAvailable: number;
  /** Ordered from the highest tails (least work, most feed) to the lowest. */
  options: RouteOption[];
}

/**
 * Splits enrichment from `feedAssay` to 90 % at common tails into the chain's steps. Under common
 * tails the steps' separative work adds up exactly to the single step (clock.md).
 */
export function chainSteps(feedAssay: number, tailsAssay: number): RouteStep[] {
  const levels = [feedAssay, ...CHAIN_LEVELS.filter((level) => level > feedAssay * 1.05)];
  const steps: RouteStep[] = [];
  let productPerKg = 1; // kg of each level's product needed per kg of 90 %
  for (let k = levels.length - 1; k > 0; k--) {
    const [from, to] = [levels[k - 1], levels[k]];
    steps.unshift({
      fromAssay: from,
      toAssay: to,
      swuPerKg: productPerKg * swuPerKgProduct(to, from, tailsAssay),
      heu: to > HEU_ABOVE,
    });
    productPerKg *= feedPerProduct(to, from, tailsAssay);
  }
  return steps;
}

/** Tails options spread geometrically over [min, max], highest first; max is kept below the feed. */
export function tailsOptions(feedAssay: number, [min, max]: [number, number]): number[] {
  const high = Math.min(max, feedAssay * 0.95);
  if (!(min < high)) return min < feedAssay ? [min] : [];
  const ratio = (high / min) ** (1 / (TAILS_OPTIONS - 1));
  return Array.from({ length: TAILS_OPTIONS }, (_, i) => high / ratio ** i);
}

/** The route options from one feed band to 90 %. */
export function feedRoutes(
  band: StockBand,
  assay: number,
  kgAvailable: number,
  tailsRange: [number, number],
): FeedRoutes {
  const options = tailsOptions(assay, tailsRange).map((tailsAssay): RouteOption => {
    const steps = chainSteps(assay, tailsAssay);
    return {
      tailsAssay,
      feedPerKg: feedPerProduct(WEAPON_GRADE_ASSAY, assay, tailsAssay),
      leuSwuPerKg: steps.filter((s) => !s.heu).reduce((sum, s) => sum + s.swuPerKg, 0),
      heuSwuPerKg: steps.filter((s) => s.heu).reduce((sum, s) => sum + s.swuPerKg, 0),
      steps,
    };
  });
  return { band, assay, kgAvailable, options };
}
