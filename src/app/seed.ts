import { randomInt } from "node:crypto";
import { MAX_SEED } from "../core/rng.js";

/**
 * The seed a run uses: the user's, or a fresh one that the output then records, so that any run
 * can be repeated (as Mesa does).
 */
export function resolveSeed(seed: number | undefined): number {
  return seed ?? randomInt(0, MAX_SEED);
}
