import type { BdmIssue, BdmSettings } from "./bdm-settings.js";

/** Actor k's vote for position a over b: cₖsₖ(|xₖ − b| − |xₖ − a|)/Δ (Scholz et al. 2011, eq. 1). */
export function bdmVote(issue: BdmIssue, k: number, a: number, b: number): number {
  const x = issue.position[k];
  return (
    (issue.capability[k] * issue.salience[k] * (Math.abs(x - b) - Math.abs(x - a))) / issue.range
  );
}

/** The net vote Σₖ vₖ(a, b): positive when a beats b in a weighted pairwise vote. */
export function bdmNetVote(issue: BdmIssue, a: number, b: number): number {
  let sum = 0;
  for (let k = 0; k < issue.position.length; k++) sum += bdmVote(issue, k, a, b);
  return sum;
}

/**
 * P(i prevails over j) in the chosen form (Scholz et al. 2011, eq. 2 and its variants); 0 when
 * xᵢ = xⱼ. In [0, 1].
 */
export function bdmProbability(
  issue: BdmIssue,
  i: number,
  j: number,
  form: BdmSettings["probabilityForm"],
): number {
  const a = issue.position[i];
  const b = issue.position[j];
  if (a === b) return 0;
  let positive = 0;
  let net = 0;
  let absolute = 0;
  let total = 0;
  for (let k = 0; k < issue.position.length; k++) {
    const v = bdmVote(issue, k, a, b);
    if (v > 0) positive += v;
    net += v;
    absolute += Math.abs(v);
    total += issue.capability[k] * issue.salience[k];
  }
  if (form === "global") return total > 0 ? positive / total : 0;
  if (absolute === 0) return 0;
  return form === "coalition" ? positive / absolute : Math.max(0, net) / absolute;
}

/**
 * The Condorcet (weighted-median) position among the actors' positions: the one no other beats
 * in a pairwise weighted vote. If none exists, the one with the largest worst-case margin.
 */
export function condorcetPosition(issue: BdmIssue): number {
  const candidates = [...new Set(issue.position)];
  let best = candidates[0];
  let bestWorst = Number.NEGATIVE_INFINITY;
  for (const a of candidates) {
    let worst = Number.POSITIVE_INFINITY;
    for (const b of candidates) if (b !== a) worst = Math.min(worst, bdmNetVote(issue, a, b));
    if (worst > bestWorst) {
      bestWorst = worst;
      best = a;
    }
  }
  return best;
}
