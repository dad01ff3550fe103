// The chain-store game with reputation (Kreps & Wilson 1982, "Reputation and imperfect
// information", JET 27, §3, the sequential equilibrium of their Theorem 1).
//
// An incumbent meets N entrants in turn. It is "tough" (always fights entry) with prior p, or
// "weak" (in the last stage it accommodates). An entrant gets b ∈ (0, 1) if it enters and is
// accommodated, b − 1 if fought, 0 if it stays out; so it enters iff P(fight) < b. With n stages
// left (this one included) and reputation p_n:
// - the entrant stays out if p_n > bⁿ, enters if p_n < bⁿ, and mixes if p_n = bⁿ (staying out with
//   probability 1/a, a being the weak incumbent's gain when the entrant stays out);
// - the weak incumbent fights if p_n ≥ b^{n−1}; otherwise it fights with the probability
//   β = p_n(1 − b^{n−1})/((1 − p_n)b^{n−1}) that makes the posterior after a fight exactly b^{n−1};
//   in the last stage (n = 1) it accommodates;
// - after a fight the reputation is p_n/P(fight) = max(p_n, b^{n−1}); after accommodation it is 0.

export type EntrantAction = "enter" | "stay out" | "mix";

export interface ChainStoreStage {
  /** Stage 1 … N from the first entrant. */
  stage: number;
  /** The incumbent's reputation (P(tough)) at the start of the stage. */
  reputation: number;
  entrant: EntrantAction;
  /** P(the weak incumbent fights, if the entrant enters). */
  weakFights: number;
  /** P(a fight, if the entrant enters) = p + (1 − p)·weakFights. */
  pFight: number;
}

/**
 * The equilibrium stage by stage, on the path where the incumbent has fought every entry so far
 * (an entrant that mixes is taken to enter); accommodation would end the reputation at 0.
 * @example chainStore(0.2, 0.5, 3).map((s) => s.entrant) // ["stay out", "enter", "mix"]
 */
export function chainStore(prior: number, b: number, stages: number): ChainStoreStage[] {
  const out: ChainStoreStage[] = [];
  let p = prior;
  for (let stage = 1; stage <= stages; stage++) {
    const left = stages - stage + 1;
    const entryBar = b ** left;
    const fightBar = b ** (left - 1);
    const tie = Math.abs(p - entryBar) <= 1e-12 * Math.max(1, entryBar);
    const entrant: EntrantAction = tie ? "mix" : p > entryBar ? "stay out" : "enter";
    const weakFights =
      left === 1 ? 0 : p >= fightBar ? 1 : (p * (1 - fightBar)) / ((1 - p) * fightBar);
    const pFight = p + (1 - p) * weakFights;
    out.push({ stage, reputation: p, entrant, weakFights, pFight });
    // After a fight, p/P(fight) = max(p, b^{n−1}); set to the bar itself so the next stage's
    // equality test is exact. (With p = 0 a fight never happens and nothing is learned.)
    if (entrant !== "stay out" && left > 1 && pFight > 0) p = Math.max(p, fightBar);
  }
  return out;
}
