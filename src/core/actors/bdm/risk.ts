import type { BdmIssue, BdmSettings } from "./bdm-settings.js";
import { bdmExpectedUtility } from "./expected-utility.js";

/**
 * Risk exponents rᵢ ∈ [½, 2] (Scholz et al. 2011, eq. 5): with r = 1, Sᵢ = Σⱼ EUⱼᵢ (what the
 * others expect from challenging i), Rᵢ = (2Sᵢ − S_max − S_min)/(S_max − S_min), and
 * rᵢ = (1 − Rᵢ/3)/(1 + Rᵢ/3). All 1 when every Sᵢ is equal.
 */
export function bdmRiskExponents(
  issue: BdmIssue,
  mu: number,
  settings: Pick<BdmSettings, "probabilityForm" | "q" | "t">,
): number[] {
  const n = issue.position.length;
  const s = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (j !== i) s[i] += bdmExpectedUtility(issue, j, i, 1, mu, settings);
  const sMax = Math.max(...s);
  const sMin = Math.min(...s);
  if (sMax - sMin <= 0) return s.map(() => 1);
  return s.map((si) => {
    const bigR = (2 * si - sMax - sMin) / (sMax - sMin);
    return (1 - bigR / 3) / (1 + bigR / 3);
  });
}
