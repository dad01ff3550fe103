// The separation-potential (value) function of isotope separation theory: Cohen, "The Theory of
// Isotope Separation" (1951); Benedict, Pigford & Levi, "Nuclear Chemical Engineering" (1981), ch. 12.

/**
 * V(x) = (2x − 1)·ln(x/(1 − x)), dimensionless, for an assay x (weight fraction of U-235) in (0, 1).
 * V(0.5) = 0, V(x) = V(1 − x); it diverges at 0 and 1.
 */
export function valueFunction(assay: number): number {
  return (2 * assay - 1) * Math.log(assay / (1 - assay));
}

/** V′(x) = 2·ln(x/(1 − x)) + (2x − 1)/(x(1 − x)): the slope used by the unlimited-feed lower bound. */
export function valueFunctionSlope(assay: number): number {
  return 2 * Math.log(assay / (1 - assay)) + (2 * assay - 1) / (assay * (1 - assay));
}
