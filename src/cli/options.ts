import { InvalidArgumentError } from "@commander-js/extra-typings";
// limits.ts is plain numbers: this module loads with `--help`, which must stay fast (no zod).
import { type Range, SEED } from "../app/limits.js";

/**
 * A commander argument parser for a whole number in [min, max] (a range from app/limits.ts).
 * Commander prefixes the message with the option's name, so the user reads e.g. "option
 * '--samples <n>' argument 'x' is invalid. Expected a whole number from 1 to 1000000."
 */
export function wholeNumberIn(range: Range) {
  const { min, max } = range;
  return (text: string): number => {
    const value = Number(text);
    const ok = text.trim() !== "" && Number.isInteger(value) && value >= min && value <= max;
    if (!ok) throw new InvalidArgumentError(`Expected a whole number from ${min} to ${max}.`);
    return value;
  };
}

/** The `--seed <n>` parser every command shares: a whole number from 0 to MAX_SEED. */
export const seedArg = wholeNumberIn(SEED);

/** A parser that accepts one of a fixed list of words. */
export function oneOf<const T extends string>(choices: readonly T[]) {
  return (text: string): T => {
    if (!(choices as readonly string[]).includes(text))
      throw new InvalidArgumentError(`Expected one of: ${choices.join(", ")}.`);
    return text as T;
  };
}
