import type { Rng } from "../../rng.js";
import { interpolateBargain, type SmpBargain } from "./bargain.js";
import { bestChallenge, challengeOutlook } from "./challenge.js";
import { weightedDistance } from "./distance.js";
import { pce, pickOption } from "./pce.js";
import { bigRFromProb, riskUtility } from "./risk.js";
import type { SmpSettings } from "./smp-settings.js";
import type { TurnFrame } from "./turn-frame.js";

/** The fixed inputs of a run (unit scale): capabilities, saliences (n × D) and ideals. */
export interface SmpActors {
  n: number;
  nDims: number;
  cap: Float64Array;
  sal: Float64Array;
  ideal: Float64Array;
}

/** Steps 1–7 of a turn (table.md §3): distances, PCE, risk attitudes, estimated utilities. */
export function frameTurn(a: SmpActors, position: Float64Array, s: SmpSettings): TurnFrame {
  const { n, nDims, sal } = a;
  const salSum = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let k = 0; k < nDims; k++) salSum[i] += sal[i * nDims + k];
  const dist = new Float64Array(n * n);
  const neutral = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const d = weightedDistance(sal, a.ideal, i * nDims, position, j * nDims, nDims);
      dist[i * n + j] = d;
      neutral[i * n + j] = 1 - d;
    }
  const prob = pce(a.cap, neutral, n, s);
  const bigR = bigRFromProb(prob, s.bigRRange);
  return {
    n,
    nDims,
    cap: a.cap,
    sal,
    salSum,
    ideal: a.ideal,
    position,
    dist,
    prob,
    bigR,
    bigRAdjust: s.bigRAdjust,
  };
}

/** Steps 8–9: each actor's best challenge becomes a bargain, listed for both parties. */
export function proposeBargains(f: TurnFrame, s: SmpSettings): SmpBargain[] {
  const { n, nDims } = f;
  const row = (arr: Float64Array, i: number) => arr.subarray(i * nDims, (i + 1) * nDims);
  const bargains: SmpBargain[] = [];
  for (let i = 0; i < n; i++) {
    const best = bestChallenge(f, i, s);
    if (!best) continue;
    const j = best.target;
    const args = [row(f.position, i), row(f.position, j), row(f.sal, i), row(f.sal, j)] as const;
    const fromI = interpolateBargain(...args, best.pWin, s.interVecBrgn);
    let posInit = fromI;
    let posRcvr = fromI;
    if (s.bargnModel !== "InitOnlyInterp") {
      const pJ = challengeOutlook(f, j, j, i, j, s).pWin;
      const fromJ = interpolateBargain(...args, pJ, s.interVecBrgn);
      if (s.bargnModel === "InitRcvrInterp") posRcvr = fromJ;
      else posInit = posRcvr = fromI.map((x, k) => Math.round(((x + fromJ[k]) / 2) * 1e4) / 1e4);
    }
    bargains.push({ init: i, rcvr: j, posInit, posRcvr });
  }
  return bargains;
}

/**
 * Steps 10–11: for each actor k, all actors vote (PCE) over k's options, the status quo and the
 * bargains k is party to; each voter h values an option by the mean of its utilities of all
 * positions that would result (KTAB `SMPState::doBCN`). Returns the new positions.
 */
export function resolveBargains(
  f: TurnFrame,
  bargains: readonly SmpBargain[],
  s: SmpSettings,
  rng?: Rng,
): { position: Float64Array; chosen: (number | null)[] } {
  const { n, nDims } = f;
  // h's utility of m's position with h's own risk attitude (KTAB aUtil[h](h, m)).
  const own = (h: number, m: number) => riskUtility(f.dist[h * n + m], f.bigR[h]);
  const ownBase = new Float64Array(n);
  for (let h = 0; h < n; h++) for (let m = 0; m < n; m++) ownBase[h] += own(h, m);
  const posUtil = (h: number, x: number[]) =>
    riskUtility(weightedDistance(f.sal, f.ideal, h * nDims, x, 0, nDims), f.bigR[h]);
  const next = new Float64Array(f.position);
  const chosen: (number | null)[] = [];
  for (let k = 0; k < n; k++) {
    const options = bargains.flatMap((b, index) => (b.init === k || b.rcvr === k ? [index] : []));
    if (options.length === 0) {
      chosen.push(null);
      continue;
    }
    const nOpt = options.length + 1;
    const u = new Float64Array(n * nOpt);
    for (let h = 0; h < n; h++) {
      u[h * nOpt] = ownBase[h] / n;
      for (let o = 1; o < nOpt; o++) {
        const b = bargains[options[o - 1]];
        const sum =
          ownBase[h] -
          own(h, b.init) -
          own(h, b.rcvr) +
          posUtil(h, b.posInit) +
          posUtil(h, b.posRcvr);
        u[h * nOpt + o] = sum / n;
      }
    }
    const p = pce(f.cap, u, nOpt, s);
    const pick = pickOption(p, s.stateTransMode === "Stochastic" ? rng : undefined);
    if (pick === 0) {
      chosen.push(null);
      continue;
    }
    const b = bargains[options[pick - 1]];
    chosen.push(options[pick - 1]);
    const target = k === b.init ? b.posInit : b.posRcvr;
    for (let d = 0; d < nDims; d++) next[k * nDims + d] = target[d];
  }
  return { position: next, chosen };
}
