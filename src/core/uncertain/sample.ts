import { randomBeta } from "d3-random";
import type { Rng } from "../rng.js";
import type { Dist } from "./dist.js";
import { toParams } from "./dist.js";
import { triangularQuantile } from "./moments.js";
import { normalQuantile } from "./normal-quantile.js";

// rng() may return exactly 0, where Φ⁻¹ is −∞; half a grid step of a 53-bit uniform stands in.
const HALF_STEP = 2 ** -54;

function standardNormal(rng: Rng): number {
  const u = rng();
  return normalQuantile(u > 0 ? u : HALF_STEP);
}

function uniformDraw(low: number, high: number, rng: Rng): number {
  // low + width·u can round up to high; redraw so the support stays [low, high).
  for (;;) {
    const x = low + (high - low) * rng();
    if (x < high) return x;
  }
}

/**
 * Fills `out` with draws from `d`. Normals (and "to") are drawn by inversion (AS241, one uniform
 * each); beta by d3-random's Marsaglia–Tsang gamma ratio; uniform and triangular by inversion.
 */
function fill(d: Dist, out: Float64Array, rng: Rng): Float64Array {
  const n = out.length;
  switch (d.kind) {
    case "point":
      out.fill(d.value);
      return out;
    case "to": {
      const { log, mu, sigma } = toParams(d.low, d.high);
      // "a to a" is the point a; exp(ln a) need not give a back exactly.
      if (sigma === 0) out.fill(d.low);
      else if (log) for (let i = 0; i < n; i++) out[i] = Math.exp(mu + sigma * standardNormal(rng));
      else for (let i = 0; i < n; i++) out[i] = mu + sigma * standardNormal(rng);
      return out;
    }
    case "normal":
      for (let i = 0; i < n; i++) out[i] = d.mean + d.sd * standardNormal(rng);
      return out;
    case "uniform":
      for (let i = 0; i < n; i++) out[i] = uniformDraw(d.low, d.high, rng);
      return out;
    case "beta": {
      const draw = randomBeta.source(rng)(d.alpha, d.beta);
      for (let i = 0; i < n; i++) out[i] = draw();
      return out;
    }
    case "triangular":
      for (let i = 0; i < n; i++) out[i] = triangularQuantile(d.low, d.mode, d.high, rng());
      return out;
  }
}

/**
 * `n` independent draws from `d` (n ≥ 0, an integer). The same `rng` state gives the same array.
 * Allocates only the result. Input is trusted: validate it with `checkDist` at the boundary.
 * @example sampleN(to(2, 8), 100_000, createRng(42))
 */
export function sampleN(d: Dist, n: number, rng: Rng): Float64Array {
  return fill(d, new Float64Array(n), rng);
}

/** One draw from `d`. For every family but beta, n calls equal one `sampleN(d, n, rng)`. */
export function sample(d: Dist, rng: Rng): number {
  return fill(d, new Float64Array(1), rng)[0];
}
