import { feedPerProduct } from "./mass-balance.js";
import { valueFunction } from "./value-function.js";

/** A well-ordered set of assays for one enrichment step: 0 < tails < feed < product < 1. */
export function isOrderedAssays(
  productAssay: number,
  feedAssay: number,
  tailsAssay: number,
): boolean {
  return 0 < tailsAssay && tailsAssay < feedAssay && feedAssay < productAssay && productAssay < 1;
}

/**
 * Separative work per kg of product, in kg-SWU/kg: S/P = V(xp) + (T/P)·V(xt) − (F/P)·V(xf).
 * (Benedict, Pigford & Levi 1981, eq. 12.x.) Assays must satisfy 0 < xt < xf < xp < 1.
 */
export function swuPerKgProduct(
  productAssay: number,
  feedAssay: number,
  tailsAssay: number,
): number {
  const feed = feedPerProduct(productAssay, feedAssay, tailsAssay);
  return (
    valueFunction(productAssay) +
    (feed - 1) * valueFunction(tailsAssay) -
    feed * valueFunction(feedAssay)
  );
}

/** Separative work S = P·V(xp) + T·V(xt) − F·V(xf), kg-SWU, to make `productKg` at xp from xf with tails xt. */
export function separativeWork(
  productKg: number,
  productAssay: number,
  feedAssay: number,
  tailsAssay: number,
): number {
  return productKg * swuPerKgProduct(productAssay, feedAssay, tailsAssay);
}
