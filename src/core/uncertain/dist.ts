import { Z90 } from "./constants.js";

/**
 * An uncertain quantity as plain JSON data.
 *
 * - `point`: exactly `value`.
 * - `to`: "low to high", a 90 % interval (Guesstimate/Squiggle): lognormal when low > 0, else normal.
 * - `normal`: mean and standard deviation (sd > 0).
 * - `uniform`: flat on [low, high).
 * - `beta`: Beta(alpha, beta) on [0, 1], alpha > 0, beta > 0.
 * - `triangular`: low ≤ mode ≤ high.
 */
export type Dist =
  | { kind: "point"; value: number }
  | { kind: "to"; low: number; high: number }
  | { kind: "normal"; mean: number; sd: number }
  | { kind: "uniform"; low: number; high: number }
  | { kind: "beta"; alpha: number; beta: number }
  | { kind: "triangular"; low: number; mode: number; high: number };

/** The kinds of `Dist`, in the order the docs list them. */
export const DIST_KINDS = ["point", "to", "normal", "uniform", "beta", "triangular"] as const;

/** Exactly `value`. */
export function point(value: number): Dist {
  return { kind: "point", value };
}

/** "low to high": a 90 % interval; lognormal when low > 0, normal when low ≤ 0. Needs low ≤ high. */
export function to(low: number, high: number): Dist {
  return { kind: "to", low, high };
}

/** A normal with this mean and standard deviation (sd > 0). */
export function normal(mean: number, sd: number): Dist {
  return { kind: "normal", mean, sd };
}

/** A normal whose 5th and 95th percentiles are p5 and p95 (p5 < p95); sd = (p95 − p5) / (2·Z90). */
export function normalFrom90(p5: number, p95: number): Dist {
  return { kind: "normal", mean: (p5 + p95) / 2, sd: (p95 - p5) / (2 * Z90) };
}

/** Flat on [low, high), low < high. */
export function uniform(low: number, high: number): Dist {
  return { kind: "uniform", low, high };
}

/** Beta(alpha, beta) on [0, 1]; alpha > 0, beta > 0. */
export function beta(alpha: number, betaShape: number): Dist {
  return { kind: "beta", alpha, beta: betaShape };
}

/** Triangular on [low, high] with its peak at mode; low ≤ mode ≤ high, low < high. */
export function triangular(low: number, mode: number, high: number): Dist {
  return { kind: "triangular", low, mode, high };
}

/** The normal behind "low to high": on the log scale when `log`, so the draw is exp(mu + sigma·z). */
export interface ToParams {
  log: boolean;
  mu: number;
  sigma: number;
}

/** μ = (ln a + ln b)/2, σ = (ln b − ln a)/(2·Z90) when a > 0; the same without logs otherwise. */
export function toParams(low: number, high: number): ToParams {
  if (low > 0) {
    const lnLow = Math.log(low);
    const lnHigh = Math.log(high);
    return { log: true, mu: (lnLow + lnHigh) / 2, sigma: (lnHigh - lnLow) / (2 * Z90) };
  }
  return { log: false, mu: (low + high) / 2, sigma: (high - low) / (2 * Z90) };
}
