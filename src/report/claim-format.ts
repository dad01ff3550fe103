// How a claim's value and drivers read in a report, in the claim's own unit.
import type { ClaimDriver, ClaimResult } from "../core/index.js";

export function claimValueText(c: ClaimResult): string {
  if (c.value === null) return "—";
  if (c.unit === "probability") return `${(100 * c.value).toFixed(0)} %`;
  if (c.unit.startsWith("pie units"))
    return `${c.value >= 0 ? "+" : ""}${c.value.toFixed(3)} of the pie`;
  if (c.unit === "weeks") return `${c.value >= 0 ? "+" : ""}${c.value.toFixed(1)} weeks`;
  return c.value.toFixed(1);
}

const num = (x: number) =>
  Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toPrecision(3);

/** "breakout.machineSwuPerYear.IR-6 (4.1 → 6.8): 78 % → 95 %". */
export function driverText(c: ClaimResult, d: ClaimDriver): string {
  const at = (v: number) =>
    c.driversUnit === "median days"
      ? `median ${v.toFixed(1)} days`
      : c.unit === "probability"
        ? `${(100 * v).toFixed(0)} %`
        : c.unit.startsWith("pie units")
          ? v.toFixed(3)
          : v.toFixed(1);
  return `${d.input} (${num(d.low)} → ${num(d.high)}): ${at(d.valueAtLow)} → ${at(d.valueAtHigh)}`;
}

export const verdictClass = (v: ClaimResult["verdict"]) =>
  ({
    holds: "holds",
    "holds weakly": "weak",
    "does not hold": "fails",
    "judgement input": "judgement",
    "cannot tell": "unknown",
  })[v];
