import { type Dist, parseDist, type StockBand, uniform } from "../../core/index.js";
import { UserError } from "../user-error.js";

const BAND_ALIASES: Record<string, StockBand> = {
  natural: "natural",
  nu: "natural",
  "0.711": "natural",
  upto2: "upTo2",
  "2": "upTo2",
  upto5: "upTo5",
  "5": "upTo5",
  upto20: "upTo20",
  "20": "upTo20",
  upto60: "upTo60",
  "60": "upTo60",
};
export const BAND_NAMES = "natural, upTo2, upTo5, upTo20, upTo60 (or nu, 2, 5, 20, 60)";

/** A stock band from its name or alias ("upTo20", "20"). */
export function parseBand(text: string, option: string): StockBand {
  const band = BAND_ALIASES[text.trim().toLowerCase()];
  if (!band)
    throw new UserError(`${option}: unknown stock band '${text}'. Allowed: ${BAND_NAMES}.`);
  return band;
}

/** Splits "key=value", naming the option when the '=' is missing. */
export function splitPair(text: string, option: string, example: string): [string, string] {
  const at = text.indexOf("=");
  if (at <= 0)
    throw new UserError(`${option}: expected KEY=VALUE, e.g. ${example}; got '${text}'.`);
  return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}

/** A finite number within [min, max], or a UserError naming the option and the range. */
export function parseNumber(
  text: string,
  option: string,
  min: number,
  max: number,
  unit = "",
): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value)) {
    throw new UserError(`${option}: '${text}' is not a number; expected ${min} to ${max}${unit}.`);
  }
  if (value < min || value > max) {
    throw new UserError(
      `${option}: ${value}${unit} is out of range; allowed ${min} to ${max}${unit}.`,
    );
  }
  return value;
}

/**
 * An uncertain value: "4 to 7", "normal(5, 1)", "uniform(0.8, 1)", a number, or the shorthand
 * "a-b". The shorthand is a 90 % lognormal interval for positive quantities and a uniform range
 * for shares (`bounded`), which must stay within [0, 1].
 */
export function parseUncertain(
  text: string,
  option: string,
  range: { min: number; max: number; bounded?: boolean },
): Dist {
  const shorthand = /^\s*(-?[\d.]+)\s*-\s*([\d.]+)\s*$/.exec(text);
  let dist: Dist;
  if (shorthand) {
    const [low, high] = [Number(shorthand[1]), Number(shorthand[2])];
    if (!(low <= high))
      throw new UserError(`${option}: low (${low}) must not exceed high (${high}) in '${text}'.`);
    dist = range.bounded ? uniform(low, high) : { kind: "to", low, high };
  } else {
    const parsed = parseDist(text);
    if (!parsed.ok) throw new UserError(`${option}: ${parsed.error}`);
    dist = parsed.value;
  }
  const [lo, hi] = bounds(dist);
  if (lo < range.min || hi > range.max) {
    throw new UserError(
      `${option}: '${text}' reaches outside the allowed range ${range.min} to ${range.max}.`,
    );
  }
  if (dist.kind === "to" && dist.low <= 0 && range.min >= 0) {
    throw new UserError(`${option}: '${text}' must be positive (a 'to' range needs low > 0).`);
  }
  return dist;
}

/** The values a distribution's stated parameters span (its support, or its 90 % interval). */
function bounds(d: Dist): [number, number] {
  switch (d.kind) {
    case "point":
      return [d.value, d.value];
    case "to":
    case "uniform":
      return [d.low, d.high];
    case "triangular":
      return [d.low, d.high];
    case "beta":
      return [0, 1];
    case "normal":
      return [d.mean - 1.645 * d.sd, d.mean + 1.645 * d.sd];
  }
}
