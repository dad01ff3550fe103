import type { Dist } from "./dist.js";
import { toParams } from "./dist.js";
import { betaQuantile } from "./incomplete-beta.js";
import { normalQuantile } from "./normal-quantile.js";

/** The mean of `d`, in the units of `d`. Lognormal: exp(μ + σ²/2). */
export function distMean(d: Dist): number {
  switch (d.kind) {
    case "point":
      return d.value;
    case "to": {
      const { log, mu, sigma } = toParams(d.low, d.high);
      return log ? Math.exp(mu + (sigma * sigma) / 2) : mu;
    }
    case "normal":
      return d.mean;
    case "uniform":
      return (d.low + d.high) / 2;
    case "beta":
      return d.alpha / (d.alpha + d.beta);
    case "triangular":
      return (d.low + d.mode + d.high) / 3;
  }
}

/** The standard deviation of `d`. Lognormal: mean·√(exp(σ²) − 1) (Johnson, Kotz & Balakrishnan 1994). */
export function distSd(d: Dist): number {
  switch (d.kind) {
    case "point":
      return 0;
    case "to": {
      const { log, mu, sigma } = toParams(d.low, d.high);
      if (!log) return sigma;
      return Math.exp(mu + (sigma * sigma) / 2) * Math.sqrt(Math.expm1(sigma * sigma));
    }
    case "normal":
      return d.sd;
    case "uniform":
      return (d.high - d.low) / Math.sqrt(12);
    case "beta": {
      const s = d.alpha + d.beta;
      return Math.sqrt((d.alpha * d.beta) / (s * s * (s + 1)));
    }
    case "triangular": {
      const { low: a, mode: c, high: b } = d;
      return Math.sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18);
    }
  }
}

/**
 * The p-quantile of `d` for p in [0, 1] (p outside is clamped). Closed forms except beta, which
 * inverts the regularized incomplete beta numerically. Unbounded families give ±Infinity at 0 and 1.
 */
export function distQuantile(d: Dist, p: number): number {
  const q = Math.min(1, Math.max(0, p));
  switch (d.kind) {
    case "point":
      return d.value;
    case "to": {
      const { log, mu, sigma } = toParams(d.low, d.high);
      if (sigma === 0) return log ? d.low : mu;
      const x = mu + sigma * normalQuantile(q);
      return log ? Math.exp(x) : x;
    }
    case "normal":
      return d.mean + d.sd * normalQuantile(q);
    case "uniform":
      return d.low + (d.high - d.low) * q;
    case "beta":
      return betaQuantile(q, d.alpha, d.beta);
    case "triangular":
      return triangularQuantile(d.low, d.mode, d.high, q);
  }
}

/** Inverse CDF of the triangular distribution, clamped to [low, high] against rounding. */
export function triangularQuantile(low: number, mode: number, high: number, u: number): number {
  const width = high - low;
  const x =
    u < (mode - low) / width
      ? low + Math.sqrt(u * width * (mode - low))
      : high - Math.sqrt((1 - u) * width * (high - mode));
  return Math.min(high, Math.max(low, x));
}
