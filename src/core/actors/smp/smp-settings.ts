/**
 * The options of KTAB's Spatial Model of Politics, with KTAB's names and defaults (KTAB `smp`,
 * `SMPModel`; KAPSARC, MIT licence). docs/actors.md gives each one's meaning; the defaults and every
 * deterministic, order-independent combination follow KTAB exactly.
 */
export interface SmpSettings {
  /** Victory probability from two strengths: s, s², s⁴, s⁸, or KTAB's 1.1-threshold ramp. */
  victoryProbModel: "Linear" | "Square" | "Quartic" | "Octic" | "Binary";
  /** Probabilistic Condorcet election: conditional (pᵢ ∝ Πⱼ Pᵢⱼ) or one of two Markov chains. */
  pceModel: "ConditionalPCM" | "MarkovIPCM" | "MarkovUPCM";
  /** Carry out each queue's most probable option, or draw one (KTAB's generator, `prngSeed`). */
  stateTransMode: "Deterministic" | "Stochastic";
  /** The vote w·f(Δu) of every election and challenge. */
  votingRule: "Binary" | "PropBin" | "Proportional" | "PropCbc" | "Cubic" | "ASymProsp";
  /** How far h's estimate of i's risk attitude moves from R_h towards R_i (0, ⅓, ½, ⅔, 1). */
  bigRAdjust: "NoRA" | "OneThirdRA" | "HalfRA" | "TwoThirdsRA" | "FullRA";
  /** The range of risk attitudes R: [0, 1] (Min), [−½, 1] (Mid) or [−1, 1] (Max). */
  bigRRange: "Min" | "Mid" | "Max";
  /** How third parties weigh joining a challenge (in KTAB only SemiCommit lets them vote). */
  thirdPartyCommit: "NoCommit" | "SemiCommit" | "FullCommit";
  /** Interpolation weights of a bargain: s·p, (s·p)², or KTAB's partial shift S2PMax. */
  interVecBrgn: "S1P1" | "S2P2" | "S2PMax";
  /** Which bargains a challenge produces: the initiator's, also the receiver's view, or a blend. */
  bargnModel: "InitOnlyInterp" | "InitRcvrInterp" | "PWCompInterp";
  /** Stop after this many turns at the latest (KTAB: 100). */
  maxTurns: number;
  /** Stop once a turn moves positions less than this fraction of the first turn's move. */
  stopRatio: number;
  /**
   * The seed of KTAB's generator for the stochastic transition: a decimal integer 1 … 2⁶⁴ − 1
   * (a string, since it exceeds JavaScript's exact integers). KTAB's default seed.
   */
  prngSeed: string;
}

/** KTAB's default seed, hex D67CC16FE69C185C (KTAB demosmp.cpp). */
export const KTAB_DEFAULT_SEED = "15455440707583219804";

export const SMP_DEFAULTS: SmpSettings = {
  victoryProbModel: "Linear",
  pceModel: "ConditionalPCM",
  stateTransMode: "Deterministic",
  votingRule: "Proportional",
  bigRAdjust: "OneThirdRA",
  bigRRange: "Mid",
  thirdPartyCommit: "SemiCommit",
  interVecBrgn: "S2P2",
  bargnModel: "InitOnlyInterp",
  maxTurns: 100,
  stopRatio: 0.02,
  prngSeed: KTAB_DEFAULT_SEED,
};

/** The allowed values of each enumerated setting (for validation at the edges). */
export const SMP_CHOICES = {
  victoryProbModel: ["Linear", "Square", "Quartic", "Octic", "Binary"],
  pceModel: ["ConditionalPCM", "MarkovIPCM", "MarkovUPCM"],
  stateTransMode: ["Deterministic", "Stochastic"],
  votingRule: ["Binary", "PropBin", "Proportional", "PropCbc", "Cubic", "ASymProsp"],
  bigRAdjust: ["NoRA", "OneThirdRA", "HalfRA", "TwoThirdsRA", "FullRA"],
  bigRRange: ["Min", "Mid", "Max"],
  thirdPartyCommit: ["NoCommit", "SemiCommit", "FullCommit"],
  interVecBrgn: ["S1P1", "S2P2", "S2PMax"],
  bargnModel: ["InitOnlyInterp", "InitRcvrInterp", "PWCompInterp"],
} as const satisfies { [K in keyof SmpSettings]?: readonly SmpSettings[K][] };
