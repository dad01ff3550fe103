import { valueFunction, valueFunctionSlope } from "./value-function.js";

/**
 * The least separative work per kg of product when feed is unlimited (tails → feed assay):
 * S_min/P = V(xp) − V(xf) − (xp − xf)·V′(xf). No plant can do better, whatever its tails.
 */
export function minSwuPerKgProduct(productAssay: number, feedAssay: number): number {
  return (
    valueFunction(productAssay) -
    valueFunction(feedAssay) -
    (productAssay - feedAssay) * valueFunctionSlope(feedAssay)
  );
}
