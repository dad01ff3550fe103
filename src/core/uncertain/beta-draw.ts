import type { Rng } from "../rng.js";
import { standardNormal } from "./standard-normal.js";

// Beta(α, β) = X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β). Gammas by Marsaglia & Tsang, ACM TOMS 26
// (2000) 363–372: with Ziggurat normals this beat Cheng's BB (1978) and d3-random's randomBeta here
// (bench/uncertain.bench.ts).

// A Gamma(shape ≥ 1) draw; d = shape − 1/3 and c = 1/√(9d) are set up once per fill, not per draw.
function gammaDraw(d: number, c: number, rng: Rng): number {
  for (;;) {
    const x = standardNormal(rng);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = 1 - rng(); // in (0, 1]
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
      return d * v;
    }
  }
}

// ln of a Gamma(shape < 1) draw by the boost G(a) = G(a + 1)·U^(1/a), on the log scale so tiny
// shapes do not underflow to 0 (and 0/0 in the ratio).
function lnSmallGammaDraw(shape: number, d: number, c: number, rng: Rng): number {
  return Math.log(gammaDraw(d, c, rng)) + Math.log(1 - rng()) / shape;
}

/** Fills `out` with Beta(alpha, beta) draws in [0, 1]; alpha > 0, beta > 0. */
export function fillBeta(out: Float64Array, alpha: number, beta: number, rng: Rng): void {
  const dA = (alpha < 1 ? alpha + 1 : alpha) - 1 / 3;
  const cA = 1 / Math.sqrt(9 * dA);
  const dB = (beta < 1 ? beta + 1 : beta) - 1 / 3;
  const cB = 1 / Math.sqrt(9 * dB);
  if (alpha >= 1 && beta >= 1) {
    for (let i = 0; i < out.length; i++) {
      const x = gammaDraw(dA, cA, rng);
      out[i] = x / (x + gammaDraw(dB, cB, rng));
    }
    return;
  }
  for (let i = 0; i < out.length; i++) {
    const lnX = alpha < 1 ? lnSmallGammaDraw(alpha, dA, cA, rng) : Math.log(gammaDraw(dA, cA, rng));
    const lnY = beta < 1 ? lnSmallGammaDraw(beta, dB, cB, rng) : Math.log(gammaDraw(dB, cB, rng));
    out[i] = 1 / (1 + Math.exp(lnY - lnX)); // X/(X + Y)
  }
}
