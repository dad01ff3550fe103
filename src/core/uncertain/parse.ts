import type { DistResult } from "./check.js";
import { checkDist } from "./check.js";
import type { Dist } from "./dist.js";
import { beta, normal, normalFrom90, point, to, triangular, uniform } from "./dist.js";

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const TO = /^(\S+)\s+to\s+(\S+)$/i;
const CALL = /^([a-z]+)\s*\((.*)\)$/i;
const PERCENTILE = /^(p5|p95)\s*:?\s*(\S+)$/i;

const EXPECTED =
  "expected a number, 'low to high', normal(mean, sd), normal(p5 x, p95 y), beta(alpha, beta), " +
  "uniform(low, high), triangular(low, mode, high) or point(value)";

const ARITY: Record<string, [number, (...xs: number[]) => Dist, string]> = {
  point: [1, (v) => point(v), "point(value)"],
  normal: [2, (m, s) => normal(m, s), "normal(mean, sd) or normal(p5 x, p95 y)"],
  uniform: [2, (a, b) => uniform(a, b), "uniform(low, high)"],
  beta: [2, (a, b) => beta(a, b), "beta(alpha, beta)"],
  triangular: [3, (a, m, b) => triangular(a, m, b), "triangular(low, mode, high)"],
};

function num(text: string): number | undefined {
  return NUMBER.test(text) ? Number(text) : undefined;
}

function fail(error: string): DistResult {
  return { ok: false, error };
}

// normal(p5 x, p95 y), also written normal({p5: x, p95: y}) as in Squiggle.
function parsePercentiles(args: string[], text: string): DistResult | undefined {
  const found = args.map((a) => PERCENTILE.exec(a));
  if (found.length !== 2 || found.some((m) => m === null)) return undefined;
  const byName = Object.fromEntries(found.map((m) => [m?.[1].toLowerCase(), num(m?.[2] ?? "")]));
  const { p5, p95 } = byName;
  if (p5 === undefined || p95 === undefined) {
    return fail(`normal(p5 x, p95 y) needs two numbers p5 and p95, got '${text}'`);
  }
  if (!(p5 < p95)) return fail(`normal: p5 (${p5}) must be < p95 (${p95}) in '${text}'`);
  return checkDist(normalFrom90(p5, p95));
}

/**
 * Reads a distribution from text: "2 to 8", "normal(5, 1)", "normal(p5 -5, p95 3)", "beta(3, 7)",
 * "uniform(0, 1)", "triangular(1, 2, 4)", "point(3)" or "3.5". Never throws; on bad input the
 * error says what was expected.
 */
export function parseDist(text: string): DistResult {
  const t = text.trim();
  const plain = num(t);
  if (plain !== undefined) return checkDist(point(plain));
  const range = TO.exec(t);
  if (range) {
    const [low, high] = [num(range[1]), num(range[2])];
    if (low === undefined || high === undefined)
      return fail(`'low to high' needs two numbers, got '${t}'`);
    if (low > high) return fail(`low (${low}) must be ≤ high (${high}) in '${t}'`);
    return checkDist(to(low, high));
  }
  const call = CALL.exec(t);
  if (!call) return fail(`${EXPECTED}; got '${t}'`);
  const name = call[1].toLowerCase();
  const inner = call[2].trim().replace(/^\{(.*)\}$/, "$1");
  const args = inner === "" ? [] : inner.split(",").map((a) => a.trim());
  if (name === "normal") {
    const fromPercentiles = parsePercentiles(args, t);
    if (fromPercentiles) return fromPercentiles;
  }
  const spec = ARITY[name];
  if (!spec) return fail(`unknown distribution '${call[1]}': ${EXPECTED}`);
  const [arity, make, usage] = spec;
  const values = args.map(num);
  if (values.length !== arity || values.some((v) => v === undefined)) {
    return fail(`${name} expects ${usage}, got '${t}'`);
  }
  return checkDist(make(...(values as number[])));
}

// Shortest text that reads back to the same double (String does that), keeping the sign of −0.
function formatNumber(x: number): string {
  return Object.is(x, -0) ? "-0" : String(x);
}

/** The canonical text of `d`; `parseDist(formatDist(d))` gives `d` back for any valid `d`. */
export function formatDist(d: Dist): string {
  const f = formatNumber;
  switch (d.kind) {
    case "point":
      return f(d.value);
    case "to":
      return `${f(d.low)} to ${f(d.high)}`;
    case "normal":
      return `normal(${f(d.mean)}, ${f(d.sd)})`;
    case "uniform":
      return `uniform(${f(d.low)}, ${f(d.high)})`;
    case "beta":
      return `beta(${f(d.alpha)}, ${f(d.beta)})`;
    case "triangular":
      return `triangular(${f(d.low)}, ${f(d.mode)}, ${f(d.high)})`;
  }
}
