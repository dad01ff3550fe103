// The bargaining models as data (after OpenSpiel's _GAME_INFO): each declares its source, players,
// input domain, output bounds and published vectors, and one conformance suite runs over all.
import {
  outsideOptionShare,
  rubinsteinShare,
  stahlShare,
  stahlShareCommon,
} from "./alternating-offers.js";
import {
  audienceCostThreshold,
  fearonRange,
  powellCondition,
  riskReturnOffer,
} from "./crisis-bargaining.js";
import { GAME_REDUCTIONS } from "./game-reductions.js";
import { nashSplit } from "./nash-split.js";
import {
  OUTSIDE_OPTION_VECTORS,
  POWELL_VECTORS,
  RATIFICATION_INPUTS,
  RATIFICATION_VECTORS,
  RUBINSTEIN_VECTORS,
  STAHL_VECTORS,
} from "./published-vectors.js";
import { ratificationOffer } from "./ratification.js";

/** One published test vector: inputs in the model's declared order, and the expected outputs. */
export interface BargainingVector {
  input: number[];
  expected: Record<string, number>;
}

/** A bargaining model's properties, declared as data. */
export interface BargainingModelInfo {
  name: string;
  /** The result it implements ("Rubinstein (1982)"), or the set-up it builds on. */
  source: string;
  /** True for our own algebra on a cited set-up (checked by brute force, not copied). */
  ownAlgebra: boolean;
  players: number;
  /** Input names and the domain a property test may draw each from. */
  inputs: { name: string; low: number; high: number; integer?: boolean }[];
  /** Bounds every output must respect on that domain. */
  bounds: Record<string, { low: number; high: number }>;
  vectors: BargainingVector[];
  evaluate: (input: number[]) => Record<string, number>;
}

const SHARE = { low: 0, high: 1 };
const DELTA = { low: 0.01, high: 0.99 };

/** The closed forms of table.md §1. */
export const CLOSED_FORMS: BargainingModelInfo[] = [
  {
    name: "rubinstein",
    source: "Rubinstein (1982)",
    ownAlgebra: false,
    players: 2,
    inputs: [
      { name: "delta1", ...DELTA },
      { name: "delta2", ...DELTA },
    ],
    bounds: { share: SHARE },
    vectors: RUBINSTEIN_VECTORS,
    evaluate: ([d1, d2]) => ({ share: rubinsteinShare(d1, d2) }),
  },
  {
    name: "stahl",
    source: "Ståhl (1972)",
    ownAlgebra: false,
    players: 2,
    inputs: [
      { name: "periods", low: 1, high: 40, integer: true },
      { name: "delta1", ...DELTA },
      { name: "delta2", ...DELTA },
    ],
    bounds: { share: SHARE, commonForm: SHARE },
    vectors: STAHL_VECTORS,
    evaluate: ([periods, d1, d2]) => ({
      share: stahlShare(periods, d1, d2),
      commonForm: d1 === d2 ? stahlShareCommon(periods, d1) : stahlShare(periods, d1, d2),
    }),
  },
  {
    name: "outside-option",
    source: "Binmore, Shaked & Sutton (1989)",
    ownAlgebra: false,
    players: 2,
    inputs: [
      { name: "delta", ...DELTA },
      { name: "option", low: 0, high: 1 },
    ],
    bounds: { share: SHARE },
    vectors: OUTSIDE_OPTION_VECTORS,
    evaluate: ([delta, b]) => ({ share: outsideOptionShare(delta, b) }),
  },
  {
    name: "nash-split",
    source: "Nash (1950)",
    ownAlgebra: false,
    players: 2,
    inputs: [
      { name: "d1", low: 0, high: 0.5 },
      { name: "d2", low: 0, high: 0.5 },
    ],
    bounds: { share: SHARE },
    vectors: [{ input: [0.2, 0.3], expected: { share: 0.45 } }],
    evaluate: ([d1, d2]) => ({ share: nashSplit(d1, d2) }),
  },
  {
    name: "fearon-range",
    source: "Fearon (1995)",
    ownAlgebra: false,
    players: 2,
    inputs: [
      { name: "p", low: 0, high: 1 },
      { name: "costA", low: 0, high: 0.5 },
      { name: "costB", low: 0, high: 0.5 },
    ],
    bounds: { low: { low: -0.5, high: 1 }, high: { low: 0, high: 1.5 } },
    vectors: [{ input: [0.6, 0.1, 0.15], expected: { low: 0.5, high: 0.75 } }],
    evaluate: ([p, cA, cB]) => fearonRange(p, cA, cB) as unknown as Record<string, number>,
  },
  {
    name: "risk-return",
    source: "Fearon (1995)",
    ownAlgebra: false,
    players: 2,
    inputs: [
      { name: "p", low: 0, high: 1 },
      { name: "costB", low: 0, high: 0.5 },
      { name: "maxCostA", low: 0.01, high: 0.5 },
    ],
    bounds: { offer: { low: -0.5, high: 1 }, warProbability: SHARE },
    vectors: [{ input: [0.6, 0.15, 0.35], expected: { offer: 0.5, warProbability: 0.285714 } }],
    evaluate: ([p, cB, cMax]) => riskReturnOffer(p, cB, cMax) as unknown as Record<string, number>,
  },
  {
    name: "powell",
    source: "Powell (2006) set-up; our own algebra",
    ownAlgebra: true,
    players: 2,
    inputs: [
      { name: "delta", ...DELTA },
      { name: "qNow", low: 0, high: 1 },
      { name: "qNext", low: 0, high: 1 },
      { name: "costD", low: 0, high: 1 },
      { name: "costR", low: 0, high: 1 },
    ],
    bounds: { lhs: { low: -1, high: 1 }, rhs: { low: 0, high: 2 }, war: SHARE },
    vectors: POWELL_VECTORS,
    evaluate: ([delta, q0, q1, cD, cR]) => {
      const c = powellCondition(delta, q0, q1, cD, cR);
      return { lhs: c.lhs, rhs: c.rhs, war: c.war ? 1 : 0 };
    },
  },
  {
    name: "ratification",
    source: "Iida (1993), Tarar (2001) set-up; our own algebra",
    ownAlgebra: true,
    players: 3,
    inputs: RATIFICATION_INPUTS,
    bounds: { proposerShare: SHARE, ratifyProbability: SHARE, expectedUtility: SHARE },
    vectors: RATIFICATION_VECTORS,
    evaluate: ([lo, hi, dA]) => ratificationOffer(lo, hi, dA) as unknown as Record<string, number>,
  },
  {
    name: "audience-costs",
    source: "Fearon (1994) set-up; our own algebra",
    ownAlgebra: true,
    players: 2,
    inputs: [
      { name: "p", low: 0, high: 1 },
      { name: "stake", low: 0, high: 1 },
      { name: "cost", low: 0, high: 1 },
    ],
    bounds: { threshold: { low: -1, high: 1 } },
    vectors: [{ input: [0.4, 1, 0.5], expected: { threshold: 0.1 } }],
    evaluate: ([p, v, c]) => ({ threshold: audienceCostThreshold(p, v, c) }),
  },
];

/** Every model: the closed forms, then the dynamic game's reductions to them. */
export const BARGAINING_MODELS: BargainingModelInfo[] = [...CLOSED_FORMS, ...GAME_REDUCTIONS];
