/**
 * z₀.₉₅, the standard normal 95th percentile: a 90 % interval spans mean ± Z90·sd.
 * Φ⁻¹(0.95) to double precision (R: `qnorm(0.95)`; Wichura 1988, AS241). Guesstimate uses 1.645.
 */
export const Z90 = 1.6448536269514722;

/** The z that Guesstimate rounds Z90 to; kept only to document the difference (docs/uncertainty.md). */
export const Z90_GUESSTIMATE = 1.645;
