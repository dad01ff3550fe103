import { BARGAIN_QUANTUM } from "./constants.js";
import type { SmpSettings } from "./smp-settings.js";

/** A bargain between an initiator and a receiver: where each would move (0–1 scale). */
export interface SmpBargain {
  init: number;
  rcvr: number;
  posInit: number[];
  posRcvr: number[];
}

const quantize = (x: number) => Math.round(x * BARGAIN_QUANTUM) / BARGAIN_QUANTUM;

/**
 * The compromise point of i and j on every dimension (KTAB `SMPActor::interpolateBrgn`): the
 * positions weighted by (s·p) (S1P1), (s·p)² (S2P2, the default), or s² for the likelier side
 * only (S2PMax), rounded to 4 decimals so that near-identical bargains coincide.
 */
export function interpolateBargain(
  xi: ArrayLike<number>,
  xj: ArrayLike<number>,
  si: ArrayLike<number>,
  sj: ArrayLike<number>,
  pI: number,
  rule: SmpSettings["interVecBrgn"],
): number[] {
  const pJ = 1 - pI;
  const out: number[] = [];
  for (let k = 0; k < xi.length; k++) {
    let wi: number;
    let wj: number;
    if (rule === "S1P1") {
      wi = si[k] * pI;
      wj = sj[k] * pJ;
    } else if (rule === "S2P2") {
      wi = (si[k] * pI) ** 2;
      wj = (sj[k] * pJ) ** 2;
    } else {
      wi = pI >= pJ ? si[k] ** 2 : 0;
      wj = pJ >= pI ? sj[k] ** 2 : 0;
    }
    const total = wi + wj;
    out.push(quantize(total > 0 ? (wi * xi[k] + wj * xj[k]) / total : (xi[k] + xj[k]) / 2));
  }
  return out;
}
