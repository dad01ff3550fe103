// What a checked claim reports: the verdict with its rule, the value behind it, and the inputs it
// depends on most (one-at-a-time sensitivity, p5 and p95).

export type Verdict =
  | "holds"
  | "holds weakly"
  | "does not hold"
  | "judgement input"
  | "cannot tell";

/** One input's effect on a claim's value: pinned at its p5 and at its p95. */
export interface ClaimDriver {
  input: string;
  /** The input's value at its p5 and p95 (its own units). */
  low: number;
  high: number;
  valueAtLow: number;
  valueAtHigh: number;
  /** |valueAtHigh − valueAtLow|, the ranking key. */
  swing: number;
}

export interface ClaimResult {
  id: string;
  statement: string;
  kind: string;
  verdict: Verdict;
  /** The thresholds, in words ("holds if P ≥ 0.80; holds weakly if P ≥ 0.50"). */
  rule: string;
  value: number | null;
  unit: string;
  /** One sentence with the number and what it means. */
  summary: string;
  drivers: ClaimDriver[];
  /**
   * The unit of the drivers' values when it is not the claim's own: e.g. "days" when a saturated
   * probability (100 % whatever the input) is explained by what moves the median days instead.
   */
  driversUnit?: string;
  /** What the check used (strategies, dates, assumed values). */
  inputs: { name: string; value: string }[];
  note?: string;
  source?: string;
}

/** The 2–3 inputs with the largest swing (ties keep input order); zero swings are dropped. */
export function topDrivers(rows: ClaimDriver[], n = 3): ClaimDriver[] {
  return rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.swing > 1e-12)
    .sort((a, b) => b.r.swing - a.r.swing || a.i - b.i)
    .slice(0, n)
    .map(({ r }) => r);
}

export const driver = (
  input: string,
  low: number,
  high: number,
  atLow: number,
  atHigh: number,
): ClaimDriver => ({
  input,
  low,
  high,
  valueAtLow: atLow,
  valueAtHigh: atHigh,
  swing: Math.abs(atHigh - atLow),
});

/** The verdict of `value` against thresholds, and the rule in words. */
export function verdictOf(
  value: number | null,
  t: { holds: number; weakly: number },
  what: string,
  fmt: (x: number) => string,
): { verdict: Verdict; rule: string } {
  const rule = `holds if ${what} ≥ ${fmt(t.holds)}; holds weakly if ≥ ${fmt(t.weakly)}; otherwise does not hold`;
  if (value === null || !Number.isFinite(value)) return { verdict: "cannot tell", rule };
  const verdict = value >= t.holds ? "holds" : value >= t.weakly ? "holds weakly" : "does not hold";
  return { verdict, rule };
}

export const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
export const fixed = (digits: number) => (x: number) => x.toFixed(digits);
