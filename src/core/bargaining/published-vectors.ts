// The test vectors of table.md §1, in one place: the closed forms and the dynamic game's reductions
// to them are both checked against these.
import type { BargainingModelInfo, BargainingVector } from "./model-registry.js";

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
