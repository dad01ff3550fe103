// Capacity inferred from a reported production rate (docs/methodology.md §2.3): the separative work
// the reported step needs per kg of product, times the kg produced per year.
import { swuPerKgProduct } from "../enrichment/index.js";

const MONTHS_PER_YEAR = 12;

/**
 * The capacity, kg-SWU per year, that produces `kgPerMonth` of product at `productAssay` from feed
 * at `feedAssay`, stripping the feed to `tailsAssay`: C = 12 · r · S/P(xp, xf, xt).
 */
export function inferCapacitySwuPerYear(
  kgPerMonth: number,
  productAssay: number,
  feedAssay: number,
  tailsAssay: number,
): number {
  return MONTHS_PER_YEAR * kgPerMonth * swuPerKgProduct(productAssay, feedAssay, tailsAssay);
}

/** The tails range a production step may have used, kept below its feed assay. */
export function productionTailsRange(range: [number, number], feedAssay: number): [number, number] {
  const high = Math.min(range[1], feedAssay * 0.95);
  return [Math.min(range[0], high), high];
}
