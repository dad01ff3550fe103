import { BARGAIN_QUANTUM, INTERPOLATION_FLOOR } from "./constants.js";
import type { SmpSettings } from "./smp-settings.js";

/** A bargain: initiator and receiver, and where each of them would move (unit scale). */
export interface SmpBargain {
  init: number;
  rcvr: number;
  posInit: number[];
  posRcvr: number[];
}

/** KTAB's rounding of bargain positions: half up to 4 decimals of the unit scale. */
const round4 = (y: number) => Math.floor(BARGAIN_QUANTUM * y + 0.5) / BARGAIN_QUANTUM;

/**
 * The two points of a bargain between i and j on every dimension (KTAB
 * `SMPActor::interpolateBrgn`), from their positions t, saliences s and the weights πᵢ, πⱼ
 * (i's chance of winning and its complement, or what KTAB passes instead).
 * - S1P1 / S2P2: weights wᵢ = sᵢπᵢ or (sᵢπᵢ)²; with ε = 10⁻⁶ added to each side's own weight,
 *   i's point is ((wᵢ + ε)tᵢ + wⱼtⱼ)/(wᵢ + ε + wⱼ) and j's (wᵢtᵢ + (ε + wⱼ)tⱼ)/(wᵢ + ε + wⱼ), each
 *   rounded half up to 4 decimals. When both weights are tiny each side stays near its own.
 * - S2PMax: δᵢ = max(0, πⱼ − πᵢ); i moves the fraction δᵢsⱼ²/(δᵢsⱼ² + ε + (1 − δᵢ)sᵢ²) of the
 *   way to tⱼ, and j likewise with δⱼ = max(0, πᵢ − πⱼ); not rounded.
 */
export function interpolateBargain(
  ti: ArrayLike<number>,
  tj: ArrayLike<number>,
  si: ArrayLike<number>,
  sj: ArrayLike<number>,
  piI: number,
  piJ: number,
  rule: SmpSettings["interVecBrgn"],
): { posInit: number[]; posRcvr: number[] } {
  const eps = INTERPOLATION_FLOOR;
  const posInit: number[] = [];
  const posRcvr: number[] = [];
  for (let k = 0; k < ti.length; k++) {
    if (rule === "S2PMax") {
      const dI = Math.max(0, piJ - piI);
      const dJ = Math.max(0, piI - piJ);
      const fI = (dI * sj[k] * sj[k]) / (dI * sj[k] * sj[k] + eps + (1 - dI) * si[k] * si[k]);
      const fJ = (dJ * si[k] * si[k]) / (dJ * si[k] * si[k] + eps + (1 - dJ) * sj[k] * sj[k]);
      posInit.push(ti[k] + fI * (tj[k] - ti[k]));
      posRcvr.push(tj[k] + fJ * (ti[k] - tj[k]));
      continue;
    }
    let wi = si[k] * piI;
    let wj = sj[k] * piJ;
    if (rule === "S2P2") {
      wi *= wi;
      wj *= wj;
    }
    const total = wi + eps + wj;
    posInit.push(round4(((wi + eps) * ti[k] + wj * tj[k]) / total));
    posRcvr.push(round4((wi * ti[k] + (eps + wj) * tj[k]) / total));
  }
  return { posInit, posRcvr };
}

/**
 * The weighted average of two bargains between the same actors (KTAB's PWCompInterp): weights
 * `w1` and `w2`, not re-rounded.
 */
export function blendBargains(
  first: { posInit: number[]; posRcvr: number[] },
  second: { posInit: number[]; posRcvr: number[] },
  w1: number,
  w2: number,
): { posInit: number[]; posRcvr: number[] } {
  const blend = (x: number[], y: number[]) => x.map((xk, k) => (w1 * xk + w2 * y[k]) / (w1 + w2));
  return {
    posInit: blend(first.posInit, second.posInit),
    posRcvr: blend(first.posRcvr, second.posRcvr),
  };
}
