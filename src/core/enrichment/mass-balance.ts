// Two-stream mass balance of an enrichment step: F = P + T and F·xf = P·xp + T·xt.

/** Feed needed per unit of product, F/P = (xp − xt)/(xf − xt). Requires xt < xf < xp. */
export function feedPerProduct(
  productAssay: number,
  feedAssay: number,
  tailsAssay: number,
): number {
  return (productAssay - tailsAssay) / (feedAssay - tailsAssay);
}

/** Tails per unit of product, T/P = F/P − 1. */
export function tailsPerProduct(
  productAssay: number,
  feedAssay: number,
  tailsAssay: number,
): number {
  return feedPerProduct(productAssay, feedAssay, tailsAssay) - 1;
}

/**
 * The highest tails assay that still yields `productKg` from only `feedKg` of feed:
 * xt = (F·xf − P·xp)/(F − P). Returns null when the feed cannot yield that product at any tails
 * (F·xf < P·xp: not enough U-235, or F ≤ P).
 */
export function stockLimitedTails(
  feedKg: number,
  feedAssay: number,
  productKg: number,
  productAssay: number,
): number | null {
  if (feedKg <= productKg) return null;
  const tails = (feedKg * feedAssay - productKg * productAssay) / (feedKg - productKg);
  return tails > 0 && tails < feedAssay ? tails : null;
}

/** The most product of assay xp that `feedKg` at xf can give with tails xt: P = F·(xf − xt)/(xp − xt). */
export function productFromFeed(
  feedKg: number,
  feedAssay: number,
  productAssay: number,
  tailsAssay: number,
): number {
  return (feedKg * (feedAssay - tailsAssay)) / (productAssay - tailsAssay);
}
