import type { Rng } from "../rng.js";
import { fillBeta } from "./beta-draw.js";
import type { Dist } from "./dist.js";
import { toParams } from "./dist.js";
import { triangularQuantile } from "./moments.js";
import { standardNormal } from "./standard-normal.js";

function uniformDraw(low: number, high: number, rng: Rng): number {
  // low + width·u can round up to high; redraw so the support stays [low, high).
  for (;;) {
    const x = low + (high - low) * rng();
    if (x < high) return x;
  }
}

/**
 * Fills `out` with draws from `d`: normals (and "to") by the Ziggurat method, beta as a
 * ratio of Marsaglia–Tsang gammas, uniform and triangular by inversion.
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
    case "beta":
      fillBeta(out, d.alpha, d.beta, rng);
      return out;
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

/** One draw from `d`; n calls consume the rng exactly as one `sampleN(d, n, rng)` does. */
export function sample(d: Dist, rng: Rng): number {
  return fill(d, new Float64Array(1), rng)[0];
}
