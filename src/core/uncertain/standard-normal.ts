import type { Rng } from "../rng.js";

// Ziggurat method with Doornik's ZIGNOR constants: 128 blocks of equal area V, base strip edge R.
// Doornik, "An Improved Ziggurat Method to Generate Normal Random Samples" (2005), after Marsaglia
// & Tsang (2000). Exact in distribution (rejection), about 1.02 uniforms a draw.
const BLOCKS = 128;
const R = 3.442619855899;
const V = 9.91256303526217e-3;

// Block edges X[0..128] and the ratios X[i+1]/X[i] below which a point is inside block i.
const X = new Float64Array(BLOCKS + 1);
const RATIO = new Float64Array(BLOCKS);
{
  let f = Math.exp(-0.5 * R * R);
  X[0] = V / f;
  X[1] = R;
  for (let i = 2; i < BLOCKS; i++) {
    X[i] = Math.sqrt(-2 * Math.log(V / X[i - 1] + f));
    f = Math.exp(-0.5 * X[i] * X[i]);
  }
  X[BLOCKS] = 0;
  for (let i = 0; i < BLOCKS; i++) RATIO[i] = X[i + 1] / X[i];
}

// Marsaglia's (1964) tail method beyond R; 1 − rng() lies in (0, 1], so the logs stay finite.
function tail(negative: boolean, rng: Rng): number {
  let x: number;
  let y: number;
  do {
    x = Math.log(1 - rng()) / R;
    y = Math.log(1 - rng());
  } while (-2 * y < x * x);
  return negative ? x - R : R - x;
}

/**
 * One standard normal draw. One uniform gives both the block (its top 7 bits) and the position
 * (its other 46 bits), which are independent. Faster here than AS241 inversion and d3-random's
 * polar method (bench/uncertain.bench.ts). Deterministic for a given rng; caches nothing.
 */
export function standardNormal(rng: Rng): number {
  for (;;) {
    const scaled = rng() * BLOCKS;
    const i = scaled | 0;
    const u = 2 * (scaled - i) - 1;
    if (Math.abs(u) < RATIO[i]) return u * X[i];
    if (i === 0) return tail(u < 0, rng);
    const x = u * X[i];
    const f0 = Math.exp(-0.5 * (X[i] * X[i] - x * x));
    const f1 = Math.exp(-0.5 * (X[i + 1] * X[i + 1] - x * x));
    if (f1 + rng() * (f0 - f1) < 1) return x;
  }
}
