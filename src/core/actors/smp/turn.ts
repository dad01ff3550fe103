import type { Rng } from "../../rng.js";
import { blendBargains, interpolateBargain, type SmpBargain } from "./bargain.js";
import { bestChallenge, type ChallengeOutlook, challengeOutlook } from "./challenge.js";
import { weightedDistance } from "./distance.js";
import { pce, pickOption } from "./pce.js";
import { estimatedRisk, riskUtility } from "./risk.js";
import type { SmpSettings } from "./smp-settings.js";
import { perspectiveUtil, type TurnFrame } from "./turn-frame.js";

/** An actor's chosen challenge: its target, and its estimates of P(win) and its gain. */
export type SmpChallenge = ChallengeOutlook & { target: number };

/**
 * Every actor picks its most profitable challenge; each becomes one bargain (two under
 * InitRcvrInterp), listed by initiator (KTAB `SMPState::doBCN`, first half).
 */
export function proposeBargains(
  f: TurnFrame,
  s: SmpSettings,
): { bargains: SmpBargain[]; challenges: (SmpChallenge | undefined)[] } {
  const { n, nDims } = f;
  const row = (arr: Float64Array, i: number) => arr.subarray(i * nDims, (i + 1) * nDims);
  const bargains: SmpBargain[] = [];
  const challenges: (SmpChallenge | undefined)[] = [];
  const view = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const best = bestChallenge(f, perspectiveUtil(f, i, view), i, s);
    challenges.push(best);
    if (!best) continue;
    const j = best.target;
    const points = (piI: number, piJ: number) =>
      interpolateBargain(
        row(f.position, i),
        row(f.position, j),
        row(f.sal, i),
        row(f.sal, j),
        piI,
        piJ,
        s.interVecBrgn,
      );
    const fromI = points(best.pWin, 1 - best.pWin);
    if (s.bargnModel === "InitOnlyInterp") {
      bargains.push({ init: i, rcvr: j, ...fromI });
      continue;
    }
    // j's view: KTAB passes j's estimate of i's *gain* where a probability would be expected.
    const g = challengeOutlook(f, perspectiveUtil(f, j), i, i, j, s).gain;
    const fromJ = points(g, 1 - g);
    if (s.bargnModel === "InitRcvrInterp") {
      bargains.push({ init: i, rcvr: j, ...fromI }, { init: i, rcvr: j, ...fromJ });
    } else {
      // KTAB weighs both views by the initiator's capability: cᵢSᵢ and cᵢSⱼ.
      const blend = blendBargains(fromI, fromJ, f.weight[i], f.cap[i] * f.salSum[j]);
      bargains.push({ init: i, rcvr: j, ...blend });
    }
  }
  return { bargains, challenges };
}

/** a's utility of a bargain's point x, with its own risk attitude R_a. */
function movedUtil(f: TurnFrame, a: number, x: number[]): number {
  return riskUtility(weightedDistance(f.sal, f.position, a * f.nDims, x, 0, f.nDims), f.bigR[a]);
}

/** One actor's queue: its options (null = status quo, else an index into the bargains). */
export interface SmpQueue {
  options: (number | null)[];
  prob: number[];
  chosen: number | null;
}

/**
 * For each actor k, all actors vote (PCE, capability weights) over k's queue: the status quo and
 * every bargain k is party to. A voter values an option by the mean of its utilities of all n
 * positions that would hold if only that option were carried out (KTAB `SMPState::doBCN`).
 * The queue's choice moves k alone; both parties' queues decide independently. `draw` gives one
 * uniform number per queue, in actor order, for the stochastic transition.
 */
export function resolveBargains(
  f: TurnFrame,
  bargains: readonly SmpBargain[],
  s: SmpSettings,
  draw?: Rng,
): { position: Float64Array; queues: SmpQueue[] } {
  const { n, nDims } = f;
  // a's own view of its utility of every current position (the row a of aUtil[a]).
  const own = new Float64Array(n * n);
  const ownRisk = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    ownRisk[a] = estimatedRisk(f.bigRAdjust, f.bigR[a], f.bigR[a]);
    for (let m = 0; m < n; m++) own[a * n + m] = riskUtility(f.dist[a * n + m], ownRisk[a]);
  }
  // Each voter's value of each bargain, and of the status quo (the last column).
  const nb = bargains.length;
  const value = new Float64Array(n * (nb + 1));
  for (let a = 0; a < n; a++) {
    let sq = 0;
    for (let m = 0; m < n; m++) sq += own[a * n + m];
    value[a * (nb + 1) + nb] = sq / n;
    for (let o = 0; o < nb; o++) {
      const b = bargains[o];
      let sum = movedUtil(f, a, b.posInit) + movedUtil(f, a, b.posRcvr);
      for (let m = 0; m < n; m++) if (m !== b.init && m !== b.rcvr) sum += own[a * n + m];
      value[a * (nb + 1) + o] = sum / n;
    }
  }
  const next = new Float64Array(f.position);
  const queues: SmpQueue[] = [];
  for (let k = 0; k < n; k++) {
    const options: (number | null)[] = [null];
    bargains.forEach((b, o) => {
      if (b.init === k || b.rcvr === k) options.push(o);
    });
    const m = options.length;
    const u = new Float64Array(n * m);
    for (let a = 0; a < n; a++)
      options.forEach((o, c) => {
        u[a * m + c] = value[a * (nb + 1) + (o ?? nb)];
      });
    const prob = pce(f.cap, u, m, s);
    const chosen = options[pickOption(prob, draw?.())];
    queues.push({ options, prob: [...prob], chosen });
    if (chosen === null) continue;
    const b = bargains[chosen];
    const target = k === b.init ? b.posInit : b.posRcvr;
    for (let d = 0; d < nDims; d++) next[k * nDims + d] = target[d];
  }
  return { position: next, queues };
}
