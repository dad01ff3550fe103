/**
 * The options of KTAB's Spatial Model of Politics, with KTAB's names and defaults (KTAB `smp`,
 * `SMPModel`; KAPSARC, MIT licence). Every value listed is implemented; docs/actors.md says which
 * ones are checked against KTAB's own output (the defaults) and which follow our reading of it.
 */
export interface SmpSettings {
  /** g in P = g(C_ij)/(g(C_ij) + g(C_ji)): C, C², C⁴, C⁸ or a step. */
  victoryProbModel: "Linear" | "Square" | "Quartic" | "Octic" | "Binary";
  /** Probabilistic Condorcet election: conditional (pᵢ ∝ Πⱼ Pᵢⱼ) or a Markov chain. */
  pceModel: "ConditionalPCM" | "MarkovIPCM" | "MarkovUPCM";
  /** Pick the most probable bargain (deterministic) or draw one (stochastic; needs an rng). */
  stateTransMode: "Deterministic" | "Stochastic";
  /** f in the vote cₖ·f(uₖᵢ − uₖⱼ). */
  votingRule: "Binary" | "PropBin" | "Proportional" | "PropCbc" | "Cubic" | "ASymProsp";
  /** How far h's estimate of i's risk attitude moves from R_h towards R_i (0, ⅓, ½, ⅔, 1). */
  bigRAdjust: "NoRA" | "OneThirdRA" | "HalfRA" | "TwoThirdsRA" | "FullRA";
  /** The range of risk attitudes R: [0, 1] (Min), [−½, 1] (Mid) or [−1, 1] (Max). */
  bigRRange: "Min" | "Mid" | "Max";
  /** How third parties join a challenge. */
  thirdPartyCommit: "NoCommit" | "SemiCommit" | "FullCommit";
  /** Interpolation weights of a bargain: (s·p), (s·p)², or s² to the likelier side. */
  interVecBrgn: "S1P1" | "S2P2" | "S2PMax";
  /** Whose estimate of the victory probability sets the bargain. */
  bargnModel: "InitOnlyInterp" | "InitRcvrInterp" | "PWCompInterp";
  /** Stop after this many turns at the latest (KTAB: 100). */
  maxTurns: number;
  /** Stop once a turn moves positions less than this fraction of the first turn's move. */
  stopRatio: number;
}

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
