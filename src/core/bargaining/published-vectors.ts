// The test vectors of the closed forms, in one place: the version-1 closed forms and the dynamic
// game's reductions to them are both checked against these, and the registry checks every model
// against its own. Each vector names the result or the derivation (docs/bargaining.md) it checks.
import type { BargainingModelInfo, BargainingVector, ModelVector } from "./model-types.js";

const STAHL_COMMON = [1, 0.1, 0.91, 0.181, 0.8371, 0.24661, 0.778051];

/** Ståhl (1972), δ = 0.9, T = 1…7, and (0.9, 0.8) at T = 2, 3; `commonForm` where δ1 = δ2. */
export const STAHL_VECTORS: BargainingVector[] = [
  ...STAHL_COMMON.map((share, i) => ({
    input: [i + 1, 0.9, 0.9],
    expected: { share, commonForm: share },
  })),
  { input: [2, 0.9, 0.8], expected: { share: 0.2 } },
  { input: [3, 0.9, 0.8], expected: { share: 0.92 } },
];

/** Rubinstein (1982), player 1 proposes. */
export const RUBINSTEIN_VECTORS: BargainingVector[] = [
  { input: [0.9, 0.9], expected: { share: 0.526316 } },
  { input: [0.9, 0.8], expected: { share: 0.714286 } },
  { input: [0.95, 0.9], expected: { share: 0.689655 } },
];

/** Binmore, Shaked & Sutton (1989): responder option b at δ = 0.9. */
export const OUTSIDE_OPTION_VECTORS: BargainingVector[] = [
  { input: [0.9, 0.3], expected: { share: 0.526316 } },
  { input: [0.9, 0.47], expected: { share: 0.526316 } },
  { input: [0.9, 0.6], expected: { share: 0.4 } },
];

/** The ratification set-up's inputs (ρlo, ρhi, dA) and the domain property tests draw them from. */
export const RATIFICATION_INPUTS: BargainingModelInfo["inputs"] = [
  { name: "rhoLow", low: 0, high: 0.4 },
  { name: "rhoHigh", low: 0.5, high: 0.9 },
  { name: "reservation", low: 0, high: 0.4 },
];

/** Ratification (Iida/Tarar set-up; our algebra): ρ ∈ [0.2, 0.6], dA = 0.1. */
export const RATIFICATION_VECTORS: BargainingVector[] = [
  {
    input: [0.2, 0.6, 0.1],
    expected: { proposerShare: 0.45, ratifyProbability: 0.875, expectedUtility: 0.40625 },
  },
];

/** Powell (2006): δ = 0.9, costs 0.5 each; q 0.3 → 0.6 is war, 0.3 → 0.4 is peace. */
export const POWELL_VECTORS: BargainingVector[] = [
  { input: [0.9, 0.3, 0.6, 0.5, 0.5], expected: { lhs: 0.24, rhs: 0.095, war: 1 } },
  { input: [0.9, 0.3, 0.4, 0.5, 0.5], expected: { lhs: 0.06, rhs: 0.095, war: 0 } },
];

/** The same vectors keeping only the outputs a model reports (the game reports no `commonForm`). */
export function onlyOutputs(vectors: BargainingVector[], outputs: string[]): BargainingVector[] {
  return vectors.map((v) => ({
    input: v.input,
    expected: Object.fromEntries(outputs.map((name) => [name, v.expected[name]])),
  }));
}

// Version 2's closed forms, by input name (the same numbers are checked by brute force or
// simulation in each model's own test file).

/** Skimming with θ ~ U[0, 1] (Sobel & Takahashi 1983; FLT 1985, §3): T = 2, 3 and ∞ at δ = 0.9. */
export const SCREENING_VECTORS: ModelVector[] = [
  {
    inputs: { delta: 0.9, rounds: 2 },
    expected: {
      cutoff: 0.846154,
      firstPrice: 0.465385,
      usValue: 0.232692,
      pDealFirstRound: 0.153846,
      expectedDelayRounds: null,
    },
    source: "two-round closed form k = (2 − δ)/(4 − 3δ) (Sobel & Takahashi 1983; FLT 1985, §3)",
  },
  {
    inputs: { delta: 0.9, rounds: 3 },
    expected: { cutoff: 0.838409, firstPrice: 0.435005, usValue: 0.217503 },
    source: "the finite-T recursion at T = 3 (FLT 1985, §3)",
  },
  {
    inputs: { delta: 0.9, rounds: Number.POSITIVE_INFINITY },
    expected: {
      cutoff: 0.759747,
      firstPrice: 0.240253,
      usValue: 0.120127,
      pDealFirstRound: 0.240253,
      expectedDelayRounds: 3.162278,
    },
    source: "β = (1 − √(1 − δ))/δ, γ = β√(1 − δ), delay 1/√(1 − δ) (FLT 1985, §3)",
  },
];

/** Abreu & Gul (2000), symmetric: r = 0.1, α = 0.7, z = 0.1, P(no agreement by t = 10). */
export const REPUTATION_VECTORS: ModelVector[] = [
  {
    inputs: { r1: 0.1, r2: 0.1, a1: 0.7, a2: 0.7, z1: 0.1, z2: 0.1, t: 10 },
    expected: {
      lambda1: 0.075,
      lambda2: 0.075,
      T0: 30.701135,
      c1: 0,
      c2: 0,
      u1: 0.3,
      u2: 0.3,
      pImpasse: 0.01,
      pNoAgreementAt: 0.22313,
    },
    source: "Abreu & Gul (2000), §3–4: λ = r(1 − α)/(2α − 1), T = −ln z/λ, e^(−2λt)",
  },
];

/** Bayesian credibility: μ₀ = 0.5, q_R = 0.8, q_B = 0.1 (Kreps & Wilson 1982; Sartori 2002). */
export const CREDIBILITY_VECTORS: ModelVector[] = [
  {
    inputs: { mu0: 0.5, qR: 0.8, qB: 0.1, slips: 3 },
    expected: {
      credibility: [0.45, 0.227273, 0.132941, 0.107598],
      muResolute: [0.5, 0.181818, 0.047059, 0.010855],
    },
    source: "Bayes' rule after each slip, μ' = μ(1 − q_R)/(μ(1 − q_R) + (1 − μ)(1 − q_B))",
  },
];

/** The chain store with p = 0.2, b = 0.5 and three entrants, worked by hand. */
export const KREPS_WILSON_VECTORS: ModelVector[] = [
  {
    inputs: { p: 0.2, b: 0.5, stages: 3 },
    expected: {
      entrant: ["stay out", "enter", "mix"],
      weakFights: [0.75, 0.25, 0],
      pFight: [0.8, 0.4, 0.5],
      reputation: [0.2, 0.2, 0.5],
    },
    source: "Kreps & Wilson (1982), Theorem 1: 0.2 > b³; 0.2 < b²; after a fight 0.2/0.4 = b",
  },
];

/** Powell's k-step check: δ 0.99, C 10 each, q from 0.1 to 0.9 in ten equal steps. */
export const POWELL_KSTEP_VECTORS: ModelVector[] = [
  {
    inputs: {
      delta: 0.99,
      cD: 10,
      cR: 10,
      q: [0.1, 0.18, 0.26, 0.34, 0.42, 0.5, 0.58, 0.66, 0.74, 0.82, 0.9],
    },
    expected: { lhsMax: 0.623506, atK: 10, rhs: 0.1, war: true, oneStepLhs: -0.0208 },
    source: "our algebra on Powell (2006), docs/bargaining.md; checked by linear programming",
  },
];

/** Ratification with learning: ρ ∈ [0.2, 0.6], d_A = 0.1. */
export const RATIFICATION_LEARNING_VECTORS: ModelVector[] = [
  {
    inputs: { low: 0.2, high: 0.6, dA: 0.1 },
    expected: {
      firstShare: 0.45,
      firstProbability: 0.875,
      secondShare: 0.4,
      secondProbability: 1,
    },
    source: "our algebra on Iida (1993), docs/bargaining.md; checked by simulation",
  },
];

/** The detection toy at p = 0.5. */
export const DETECTION_VECTORS: ModelVector[] = [
  {
    inputs: { G: 1, cR: 0.5, k: 0.1, L: 1, cD: 0.3, p: 0.5 },
    expected: {
      sigmaRace: 0.461538,
      blindStrike: 0.6,
      pWar: 0.692308,
      pMistakenWar: 0.323077,
      pBomb: 0.092308,
    },
    source: "our toy on Debs & Monteiro (2014), docs/bargaining.md; checked against best replies",
  },
];

/** The final round before a deadline with a strike. */
export const DEADLINE_SCREENING_VECTORS: ModelVector[] = [
  {
    inputs: { credibility: 0.6, warCostIran: 0.3, usStrikeValue: 0.2, usStatusQuo: 0.3 },
    expected: {
      cutoff: 0.47,
      offer: 0.29,
      pDeal: 0.47,
      pStrike: 0.318,
      pStatusQuo: 0.212,
      usValue: 0.4609,
    },
    source: "our algebra, k* = (1 + cC − m)/2, docs/bargaining.md; checked by brute force",
  },
];
