import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** The largest seed a run accepts (seeds are 0 … 2³¹ − 1, so they fit any JSON or SQL integer). */
export const MAX_SEED = 2 ** 31 - 1;

/** A source of uniform numbers in [0, 1). Every stochastic function in the core takes one. */
export type Rng = () => number;

/**
 * A seeded stream of uniforms (xoroshiro128+, pure-rand).
 *
 * - `seed`: any 32-bit integer; the run records it.
 * - `stream`: which independent stream (0, 1, 2, …). Stream k is the generator jumped k + 1 times,
 *   so worker chunk k gets the same numbers whatever the number of threads.
 *
 * The first jump is not optional: with small seeds xoroshiro's first draw is ≈ 1.0 (stack.md).
 * @example const rng = createRng(42); rng(); // 0.55…
 */
export function createRng(seed: number, stream = 0): Rng {
  const generator = xoroshiro128plus(seed | 0);
  for (let k = 0; k <= stream; k++) generator.jump();
  return () => uniformFloat64(generator);
}

/** The n streams `createRng(seed, 0) … createRng(seed, n − 1)`, one per chunk of work. */
export function createStreams(seed: number, n: number): Rng[] {
  return Array.from({ length: n }, (_, k) => createRng(seed, k));
}
