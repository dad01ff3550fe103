/**
 * Settings of the expected-utility model (Bueno de Mesquita 1994, as formalised by Scholz,
 * Calbert & Smith 2011). Defaults follow table.md: net P form, Q = T = 1.
 * - `probabilityForm`: "coalition" Σmax(0,v)/Σ|v|; "net" max(0,Σv)/Σ|v|; "global"
 *   Σmax(0,v)/Σ cₖsₖ (the whole weighted capability as the denominator).
 * - `offerRule`: how an actor picks among offers: "closest" (least movement, BDM's rule),
 *   "largest-eu" (the proposer expecting most), or "mean" (the mean of the offered positions).
 * - `q`, `t`: in [0, 1]; the weight of the status quo and of "things get better" (Scholz eq. 4).
 * - `maxRounds`: a cap on rounds (≥ 1). `tolerance`: stop when no position moves more than
 *   this fraction of the issue range.
 */
export interface BdmSettings {
  probabilityForm: "coalition" | "net" | "global";
  offerRule: "closest" | "largest-eu" | "mean";
  q: number;
  t: number;
  maxRounds: number;
  tolerance: number;
}

export const BDM_DEFAULTS: BdmSettings = {
  probabilityForm: "net",
  offerRule: "closest",
  q: 1,
  t: 1,
  maxRounds: 100,
  tolerance: 1e-9,
};

/** One dimension's actors as the expected-utility model reads them. */
export interface BdmIssue {
  position: number[];
  capability: number[];
  /** In [0, 1]. */
  salience: number[];
  /** The issue range Δ = max x − min x of the initial positions (kept fixed over rounds). */
  range: number;
}
