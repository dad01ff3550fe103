import type { Rng } from "../../rng.js";

// KTAB's random numbers (KTAB kutils prng.h/prng.cpp): the 64-bit Mersenne Twister MT19937-64
// (Matsumoto & Nishimura, mt19937-64.c; C++ std::mt19937_64), whose raw output n is mixed as
// (n + 0xE08C1D668B756F83)·(2n + 3) mod 2⁶⁴ and divided by 2⁶⁴ − 1 in doubles. Only the
// stochastic state transition draws from it, so BigInt arithmetic is fast enough.

const MASK64 = (1n << 64n) - 1n;
const NN = 312;
const MM = 156;
const MATRIX_A = 0xb5026f5aa96619e9n;
const UPPER = 0xffffffff80000000n;
const LOWER = 0x7fffffffn;

/** The raw 64-bit outputs of MT19937-64 seeded with `seed` (init_genrand64), one per call. */
export function mt19937x64(seed: bigint): () => bigint {
  const mt = new Array<bigint>(NN);
  mt[0] = seed & MASK64;
  for (let i = 1; i < NN; i++)
    mt[i] = (6364136223846793005n * (mt[i - 1] ^ (mt[i - 1] >> 62n)) + BigInt(i)) & MASK64;
  let index = NN;
  const twist = () => {
    for (let i = 0; i < NN; i++) {
      const x = (mt[i] & UPPER) | (mt[(i + 1) % NN] & LOWER);
      mt[i] = mt[(i + MM) % NN] ^ (x >> 1n) ^ (x & 1n ? MATRIX_A : 0n);
    }
    index = 0;
  };
  return () => {
    if (index >= NN) twist();
    let x = mt[index++];
    x ^= (x >> 29n) & 0x5555555555555555n;
    x ^= (x << 17n) & 0x71d67fffeda60000n;
    x ^= (x << 37n) & 0xfff7eee000000000n;
    x ^= x >> 43n;
    return x & MASK64;
  };
}

const MIX = 0xe08c1d668b756f83n;

/** KTAB's uniform numbers in [0, 1] from seed `seed` (1 … 2⁶⁴ − 1). */
export function ktabRng(seed: bigint): Rng {
  const next = mt19937x64(seed);
  return () => {
    const n = next();
    const q = ((n + MIX) * (2n * n + 3n)) & MASK64;
    // KTAB divides by 2⁶⁴ − 1 converted to a double, which is 2⁶⁴.
    return Number(q) / 2 ** 64;
  };
}

/** Reads a seed for `ktabRng`: a decimal integer 1 … 2⁶⁴ − 1, or undefined if it is not one. */
export function parseKtabSeed(text: string): bigint | undefined {
  if (!/^[0-9]{1,20}$/.test(text)) return undefined;
  const seed = BigInt(text);
  return seed >= 1n && seed <= MASK64 ? seed : undefined;
}
