import { MIN_CHALLENGE_CAP, MIN_GAIN } from "./constants.js";
import type { SmpSettings } from "./smp-settings.js";
import type { TurnFrame } from "./turn-frame.js";
import { vote } from "./voting.js";

type ChallengeSettings = Pick<SmpSettings, "votingRule" | "thirdPartyCommit">;

/** P(i wins) and k's expected gain when i challenges j, as one actor estimates them. */
export interface ChallengeOutlook {
  pWin: number;
  gain: number;
}

/**
 * h's estimate of the chance that i beats j, and of k's expected gain from i challenging j
 * (KTAB `SMPState::probEduChlg`). `u` is h's perspective (`perspectiveUtil(f, h)`).
 *
 * The principals vote with weight c·S for i over j: A = 10⁻¹⁰ + their votes for i,
 * B = 10⁻¹⁰ + their votes for j. Each third party m then weighs siding with i against siding
 * with j. It values each outcome by the sum of its utilities of the three positions of i, j and m
 * afterwards (semi-commit: m keeps its own position when its side wins, adopts the winner's when
 * its side loses), with the chance π that i wins the little contest of the principals plus m's
 * direct vote. m's vote between the two sides goes to A or B. P(i wins) = A/(A + B), always
 * linear. If j does not care (1 − S_j) it yields; otherwise the loser adopts the winner's position.
 */
export function challengeOutlook(
  f: TurnFrame,
  u: Float64Array,
  k: number,
  i: number,
  j: number,
  s: ChallengeSettings,
): ChallengeOutlook {
  const n = f.n;
  const rule = s.votingRule;
  const uKI = u[k * n + i];
  const uKJ = u[k * n + j];
  const statusQuo = uKI + uKJ;
  const ifIWins = uKI + uKI;
  const ifJWins = uKJ + uKJ;
  const a = vote(rule, f.weight[i], u[i * n + i], u[i * n + j]);
  const b = vote(rule, f.weight[j], u[j * n + i], u[j * n + j]);
  const a0 = MIN_CHALLENGE_CAP + Math.max(a, 0) + Math.max(b, 0);
  const b0 = MIN_CHALLENGE_CAP + Math.max(-a, 0) + Math.max(-b, 0);
  let forI = a0;
  let forJ = b0;
  for (let m = 0; m < n; m++) {
    if (m === i || m === j) continue;
    const uI = u[m * n + i];
    const uJ = u[m * n + j];
    const v0 = vote(rule, f.weight[m], uI, uJ);
    const mine = a0 + Math.max(v0, 0);
    const pi = mine / (mine + b0 + Math.max(-v0, 0));
    const v = vote(rule, f.weight[m], ...sideValues(s.thirdPartyCommit, pi, uI, uJ, u[m * n + m]));
    if (v > 0) forI += v;
    else if (v < 0) forJ -= v;
  }
  const pWin = forI / (forI + forJ);
  const pLose = forJ / (forI + forJ);
  const sj = f.salSum[j];
  const gain = (1 - sj) * ifIWins + sj * (pWin * ifIWins + pLose * ifJWins) - statusQuo;
  return { pWin, gain };
}

/**
 * Third party m's expected value of siding with i and of siding with j, from its utilities of
 * i's, j's and its own position and the chance π that i wins. Under FullCommit and NoCommit the
 * two are equal, so in KTAB (and here) those third parties never sway a challenge.
 */
function sideValues(
  commit: SmpSettings["thirdPartyCommit"],
  pi: number,
  uI: number,
  uJ: number,
  uM: number,
): [number, number] {
  const iWins3 = uI + uI + uI;
  const jWins3 = uJ + uJ + uJ;
  const iWinsKeep = uI + uI + uM;
  const jWinsKeep = uJ + uJ + uM;
  switch (commit) {
    case "SemiCommit":
      return [pi * iWinsKeep + (1 - pi) * jWins3, pi * iWins3 + (1 - pi) * jWinsKeep];
    case "FullCommit":
      return [pi * iWins3 + (1 - pi) * jWins3, pi * iWins3 + (1 - pi) * jWins3];
    case "NoCommit":
      return [pi * iWinsKeep + (1 - pi) * jWinsKeep, pi * iWinsKeep + (1 - pi) * jWinsKeep];
  }
}

/**
 * i's target (KTAB `SMPState::bestChallenge`): the j ≠ i with the largest gain E(i, i, i, j),
 * provided it exceeds 10⁻⁵; the lowest j on ties. Undefined when no gain is large enough.
 */
export function bestChallenge(
  f: TurnFrame,
  u: Float64Array,
  i: number,
  s: ChallengeSettings,
): (ChallengeOutlook & { target: number }) | undefined {
  let best: (ChallengeOutlook & { target: number }) | undefined;
  for (let j = 0; j < f.n; j++) {
    if (j === i) continue;
    const outlook = challengeOutlook(f, u, i, i, j, s);
    if (outlook.gain > MIN_GAIN && outlook.gain > (best?.gain ?? -1))
      best = { target: j, ...outlook };
  }
  return best;
}
