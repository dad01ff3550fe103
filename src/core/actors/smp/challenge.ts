import { MIN_CHALLENGE_CAP } from "./constants.js";
import type { SmpSettings } from "./smp-settings.js";
import type { TurnFrame } from "./turn-frame.js";
import { victoryProbability, vote } from "./voting.js";

/**
 * h's estimate of the chance that i beats j and of k's expected gain from i challenging j
 * (KTAB `SMPState::probEduChlg`). i and j weigh in with cᵢ·Σsᵢ against each other; each third
 * party n votes cₙ·Σsₙ·f(uₙᵢ − uₙⱼ) and commits according to `thirdPartyCommit` (semi-commit: in
 * proportion to its side's chance in the little contest of i, j and n alone). If j does not care
 * (1 − Σsⱼ) it yields; otherwise the winner's position is taken by the loser.
 */
export function challengeOutlook(
  f: TurnFrame,
  h: number,
  k: number,
  i: number,
  j: number,
  s: Pick<SmpSettings, "votingRule" | "thirdPartyCommit" | "victoryProbModel">,
): { pWin: number; gain: number } {
  const n = f.n;
  const u = (a: number, b: number) => f.estUtil[(h * n + a) * n + b];
  const euSQ = u(k, i) + u(k, j);
  const ifIWins = 2 * u(k, i);
  const ifJWins = 2 * u(k, j);
  const contribI = Math.abs(vote(s.votingRule, f.salSum[i] * f.cap[i], u(i, i), u(i, j)));
  const contribJ = Math.abs(vote(s.votingRule, f.salSum[j] * f.cap[j], u(j, i), u(j, j)));
  let cIJ = MIN_CHALLENGE_CAP + contribI;
  let cJI = MIN_CHALLENGE_CAP + contribJ;
  if (s.thirdPartyCommit !== "NoCommit") {
    for (let m = 0; m < n; m++) {
      if (m === i || m === j) continue;
      const v = vote(s.votingRule, f.salSum[m] * f.cap[m], u(m, i), u(m, j));
      if (v === 0) continue;
      if (s.thirdPartyCommit === "FullCommit") {
        if (v > 0) cIJ += v;
        else cJI -= v;
        continue;
      }
      // The little contest i vs j with m alone on its side.
      const little =
        v > 0 ? (contribI + v) / (contribI + v + contribJ) : contribI / (contribI + contribJ - v);
      if (v > 0) cIJ += little * v;
      else cJI -= (1 - little) * v;
    }
  }
  const pWin = victoryProbability(s.victoryProbModel, cIJ, cJI);
  const sj = f.salSum[j];
  const eu = (1 - sj) * ifIWins + sj * (pWin * ifIWins + (1 - pWin) * ifJWins);
  return { pWin, gain: eu - euSQ };
}

/** i's most profitable target j (KTAB `SMPState::bestChallenge`), or none if no gain is > 0. */
export function bestChallenge(
  f: TurnFrame,
  i: number,
  s: Pick<SmpSettings, "votingRule" | "thirdPartyCommit" | "victoryProbModel">,
): { target: number; pWin: number; gain: number } | undefined {
  let best: { target: number; pWin: number; gain: number } | undefined;
  for (let j = 0; j < f.n; j++) {
    if (j === i) continue;
    const o = challengeOutlook(f, i, i, i, j, s);
    if (o.gain > (best?.gain ?? 0)) best = { target: j, ...o };
  }
  return best;
}
