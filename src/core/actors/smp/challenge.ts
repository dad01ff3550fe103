import { MIN_CHALLENGE_CAP } from "./constants.js";
import type { SmpSettings } from "./smp-settings.js";
import { perspectiveUtil, type TurnFrame } from "./turn-frame.js";
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
  const out = new Float64Array(1);
  const gain = challengeGain(f, perspectiveUtil(f, h), k, i, j, s, out);
  return { pWin: out[0], gain };
}

/** `challengeOutlook` without allocation: returns the gain and writes P(i wins) to `out[0]`. */
function challengeGain(
  f: TurnFrame,
  perspective: Float64Array,
  k: number,
  i: number,
  j: number,
  s: Pick<SmpSettings, "votingRule" | "thirdPartyCommit" | "victoryProbModel">,
  out: Float64Array,
): number {
  const n = f.n;
  const eu = perspective;
  const base = 0;
  const uKI = eu[base + k * n + i];
  const uKJ = eu[base + k * n + j];
  const rule = s.votingRule;
  const contribI = Math.abs(
    vote(rule, f.salSum[i] * f.cap[i], eu[base + i * n + i], eu[base + i * n + j]),
  );
  const contribJ = Math.abs(
    vote(rule, f.salSum[j] * f.cap[j], eu[base + j * n + i], eu[base + j * n + j]),
  );
  let cIJ = MIN_CHALLENGE_CAP + contribI;
  let cJI = MIN_CHALLENGE_CAP + contribJ;
  if (s.thirdPartyCommit !== "NoCommit") {
    const full = s.thirdPartyCommit === "FullCommit";
    for (let m = 0; m < n; m++) {
      if (m === i || m === j) continue;
      const v = vote(rule, f.salSum[m] * f.cap[m], eu[base + m * n + i], eu[base + m * n + j]);
      if (v === 0) continue;
      if (full) {
        if (v > 0) cIJ += v;
        else cJI -= v;
        continue;
      }
      // The little contest i vs j with m alone on its side.
      if (v > 0) cIJ += ((contribI + v) / (contribI + v + contribJ)) * v;
      else cJI -= (1 - contribI / (contribI + contribJ - v)) * v;
    }
  }
  const pWin = victoryProbability(s.victoryProbModel, cIJ, cJI);
  out[0] = pWin;
  const sj = f.salSum[j];
  const ifIWins = 2 * uKI;
  const ifJWins = 2 * uKJ;
  return (1 - sj) * ifIWins + sj * (pWin * ifIWins + (1 - pWin) * ifJWins) - (uKI + uKJ);
}

/** i's most profitable target j (KTAB `SMPState::bestChallenge`), or none if no gain is > 0. */
export function bestChallenge(
  f: TurnFrame,
  i: number,
  s: Pick<SmpSettings, "votingRule" | "thirdPartyCommit" | "victoryProbModel">,
): { target: number; pWin: number; gain: number } | undefined {
  let target = -1;
  let bestGain = 0;
  let bestP = 0;
  const out = new Float64Array(1);
  const perspective = perspectiveUtil(f, i);
  for (let j = 0; j < f.n; j++) {
    if (j === i) continue;
    const gain = challengeGain(f, perspective, i, i, j, s, out);
    if (gain > bestGain) {
      target = j;
      bestGain = gain;
      bestP = out[0];
    }
  }
  return target < 0 ? undefined : { target, pWin: bestP, gain: bestGain };
}
