import { MIN_CHALLENGE_CAP, MIN_GAIN } from "./constants.js";
import type { SmpSettings } from "./smp-settings.js";
import type { TurnFrame } from "./turn-frame.js";
import { voter } from "./voting.js";

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
  const out = new Float64Array(1);
  const gain = challengeGain(f, u, k, i, j, s, out);
  return { pWin: out[0], gain };
}

/** `challengeOutlook` without allocating (it runs n³ times a turn): P(i wins) goes to out[0]. */
function challengeGain(
  f: TurnFrame,
  u: Float64Array,
  k: number,
  i: number,
  j: number,
  s: ChallengeSettings,
  out: Float64Array,
): number {
  const { n, weight } = f;
  const vote = voter(s.votingRule);
  const [keepIWithI, keepJWithI, keepIWithJ, keepJWithJ] = KEEPS[s.thirdPartyCommit];
  const uKI = u[k * n + i];
  const uKJ = u[k * n + j];
  const statusQuo = uKI + uKJ;
  const ifIWins = uKI + uKI;
  const ifJWins = uKJ + uKJ;
  const a = vote(weight[i], u[i * n + i], u[i * n + j]);
  const b = vote(weight[j], u[j * n + i], u[j * n + j]);
  const a0 = MIN_CHALLENGE_CAP + Math.max(a, 0) + Math.max(b, 0);
  const b0 = MIN_CHALLENGE_CAP + Math.max(-a, 0) + Math.max(-b, 0);
  let forI = a0;
  let forJ = b0;
  for (let m = 0; m < n; m++) {
    if (m === i || m === j) continue;
    const uI = u[m * n + i];
    const uJ = u[m * n + j];
    const uM = u[m * n + m];
    const v0 = vote(weight[m], uI, uJ);
    const mine = a0 + Math.max(v0, 0);
    const pi = mine / (mine + b0 + Math.max(-v0, 0));
    // m's utilities of the three positions after the contest: i wins / j wins, m kept or moved.
    const iWinsKeep = uI + uI + uM;
    const iWinsMove = uI + uI + uI;
    const jWinsKeep = uJ + uJ + uM;
    const jWinsMove = uJ + uJ + uJ;
    const withI =
      pi * (keepIWithI ? iWinsKeep : iWinsMove) + (1 - pi) * (keepJWithI ? jWinsKeep : jWinsMove);
    const withJ =
      pi * (keepIWithJ ? iWinsKeep : iWinsMove) + (1 - pi) * (keepJWithJ ? jWinsKeep : jWinsMove);
    const v = vote(weight[m], withI, withJ);
    if (v > 0) forI += v;
    else if (v < 0) forJ -= v;
  }
  const pWin = forI / (forI + forJ);
  const pLose = forJ / (forI + forJ);
  out[0] = pWin;
  const sj = f.salSum[j];
  return (1 - sj) * ifIWins + sj * (pWin * ifIWins + pLose * ifJWins) - statusQuo;
}

/**
 * Whether a third party keeps its own position, by commitment: [i wins, j wins] when it sides
 * with i, then [i wins, j wins] when it sides with j. Semi-commitment keeps it when its side wins
 * and moves it to the winner when its side loses; FullCommit always moves it, NoCommit never.
 * Under FullCommit and NoCommit both sides are therefore worth the same, so in KTAB (and here)
 * those third parties never sway a challenge.
 */
const KEEPS: Record<SmpSettings["thirdPartyCommit"], readonly boolean[]> = {
  SemiCommit: [true, false, false, true],
  FullCommit: [false, false, false, false],
  NoCommit: [true, true, true, true],
};

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
  const out = new Float64Array(1);
  let target = -1;
  let bestGain = -1;
  let bestP = 0;
  for (let j = 0; j < f.n; j++) {
    if (j === i) continue;
    const gain = challengeGain(f, u, i, i, j, s, out);
    if (gain > MIN_GAIN && gain > bestGain) {
      target = j;
      bestGain = gain;
      bestP = out[0];
    }
  }
  return target < 0 ? undefined : { target, pWin: bestP, gain: bestGain };
}
