import { InvalidArgumentError } from "@commander-js/extra-typings";
// rng.ts directly, not the core barrel: this module loads with `--help`, which must stay fast.
import { MAX_SEED } from "../core/rng.js";

/**
 * A commander argument parser for a number in [min, max]. Commander prefixes the message with the
 * option's name, so the user reads e.g. "option '--samples <n>' argument 'x' is invalid. Expected
 * a whole number from 1 to 1000000."
 */
export function numberIn(min: number, max: number, options: { integer?: boolean } = {}) {
  const kind = options.integer ? "a whole number" : "a number";
  return (text: string): number => {
    const value = Number(text);
    const ok =
      text.trim() !== "" &&
      Number.isFinite(value) &&
      (!options.integer || Number.isInteger(value)) &&
      value >= min &&
      value <= max;
    if (!ok) throw new InvalidArgumentError(`Expected ${kind} from ${min} to ${max}.`);
    return value;
  };
}

/** The `--seed <n>` parser every command shares: a whole number from 0 to MAX_SEED. */
export const seedArg = numberIn(0, MAX_SEED, { integer: true });

/** A parser that accepts one of a fixed list of words. */
export function oneOf<const T extends string>(choices: readonly T[]) {
  return (text: string): T => {
    if (!(choices as readonly string[]).includes(text))
      throw new InvalidArgumentError(`Expected one of: ${choices.join(", ")}.`);
    return text as T;
  };
}
