import type { BdmIssue, BdmSettings } from "./bdm-settings.js";
import { bdmProbability } from "./votes.js";

/** The five utilities of Scholz et al. (2011, eq. 3) for i facing j, with risk exponent r. */
export function bdmUtilities(issue: BdmIssue, i: number, j: number, r: number, mu: number) {
  const d = Math.abs(issue.position[i] - issue.position[j]) / issue.range;
  const m = Math.abs(issue.position[i] - mu) / issue.range;
  return {
    success: 2 - 4 * (0.5 - 0.5 * d) ** r,
    failure: 2 - 4 * (0.5 + 0.5 * d) ** r,
    better: 2 - 4 * (0.5 - 0.25 * (m + d)) ** r,
    worse: 2 - 4 * (0.5 + 0.25 * (m + d)) ** r,
    statusQuo: 2 - 4 * 0.5 ** r,
  };
}

/**
 * EUᵢⱼ, i's expected utility of challenging j (Scholz et al. 2011, eq. 4):
 * sⱼ[P Uₛ + (1 − P)U_f] + (1 − sⱼ)Uₛ − Q·U_sq − (1 − Q)[T·U_b + (1 − T)U_w].
 * `mu` is the expected outcome (the weighted mean); it matters only when Q < 1.
 */
export function bdmExpectedUtility(
  issue: BdmIssue,
  i: number,
  j: number,
  r: number,
  mu: number,
  settings: Pick<BdmSettings, "probabilityForm" | "q" | "t">,
): number {
  const u = bdmUtilities(issue, i, j, r, mu);
  const p = bdmProbability(issue, i, j, settings.probabilityForm);
  const sj = issue.salience[j];
  const { q, t } = settings;
  return (
    sj * (p * u.success + (1 - p) * u.failure) +
    (1 - sj) * u.success -
    q * u.statusQuo -
    (1 - q) * (t * u.better + (1 - t) * u.worse)
  );
}
