// The dynamic game's special cases, declared as models so the conformance suite checks them
// against the same published vectors as the closed forms (table.md §2, "Exactness").
import { bargainingGame } from "./game-defaults.js";
import { bargainingOutcomes, powellAtWeek } from "./game-outcomes.js";
import type { GameParams } from "./game-params.js";
import { CLOSED_FORMS } from "./model-registry.js";
import type { BargainingModelInfo } from "./model-types.js";
import {
  OUTSIDE_OPTION_VECTORS,
  onlyOutputs,
  POWELL_VECTORS,
  RATIFICATION_INPUTS,
  RATIFICATION_VECTORS,
  RUBINSTEIN_VECTORS,
  STAHL_VECTORS,
} from "./published-vectors.js";
import { solveBargainingGame } from "./solve-game.js";

const SHARE = { low: 0, high: 1 };
const DELTA = { low: 0.01, high: 0.95 };
/** Long enough that δ^H < 1e−8 for δ ≤ 0.95, so the finite game is Rubinstein's within 1e−6. */
export const LONG_HORIZON_WEEKS = 400;

function solved(params: GameParams) {
  const result = solveBargainingGame(params);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

/** Breakout days whose leverage is q on the default scale (365 → 1 day): b = 365^(1 − q). */
export function breakoutDaysForLeverage(q: number): number {
  return 365 ** (1 - q);
}

/** The game that is the outside-option set-up: Iran may walk out for b (credibility 1). */
export function outsideOptionGame(delta: number, option: number, horizonWeeks: number) {
  return bargainingGame({
    horizonWeeks,
    discount: { us: delta, iran: delta },
    options: [
      {
        name: "walkout",
        owner: "iran",
        kind: "walkout",
        credibility: 1,
        value: { us: 0, iran: option },
        perLeverage: { us: 0, iran: 0 },
        setbackDays: 0,
      },
    ],
  });
}

/** The game that is the ratification set-up: one week, Iran proposes, Congress must ratify. */
export function ratificationGame(low: number, high: number, reservation: number) {
  return bargainingGame({
    horizonWeeks: 1,
    protocol: { kind: "alternating", first: "iran", pUs: 0.5, everyWeeks: 1 },
    statusQuo: {
      us: { baseValue: 0, advanceCost: 0 },
      iran: { baseValue: reservation, sanctionsCost: 0, leverageGain: 0 },
    },
    ratification: { low, high },
  });
}

/** The dynamic game in its special cases. */
export const GAME_REDUCTIONS: BargainingModelInfo[] = [
  {
    name: "game→stahl",
    source: "dynamic game, common prior, no options, alternating offers = Ståhl (1972)",
    ownAlgebra: false,
    players: 2,
    inputs: [
      { name: "periods", low: 1, high: 40, integer: true },
      { name: "delta1", ...DELTA },
      { name: "delta2", ...DELTA },
    ],
    bounds: { share: SHARE },
    vectors: onlyOutputs(STAHL_VECTORS, ["share"]),
    evaluate: ([periods, d1, d2]) => ({
      share: solved(bargainingGame({ horizonWeeks: periods, discount: { us: d1, iran: d2 } }))
        .usShare[0],
    }),
  },
  {
    name: "game→rubinstein",
    source: `dynamic game over ${LONG_HORIZON_WEEKS} weeks = Rubinstein (1982)`,
    ownAlgebra: false,
    players: 2,
    inputs: [
      { name: "delta1", ...DELTA },
      { name: "delta2", ...DELTA },
    ],
    bounds: { share: SHARE },
    vectors: RUBINSTEIN_VECTORS,
    evaluate: ([d1, d2]) => ({
      share: solved(
        bargainingGame({ horizonWeeks: LONG_HORIZON_WEEKS, discount: { us: d1, iran: d2 } }),
      ).usShare[0],
    }),
  },
  {
    name: "game→outside-option",
    source: "dynamic game with a responder option = Binmore, Shaked & Sutton (1989)",
    ownAlgebra: false,
    players: 2,
    inputs: [
      { name: "delta", ...DELTA },
      { name: "option", low: 0, high: 1 },
    ],
    bounds: { share: SHARE },
    vectors: OUTSIDE_OPTION_VECTORS,
    evaluate: ([delta, b]) => ({
      share: solved(outsideOptionGame(delta, b, LONG_HORIZON_WEEKS)).usShare[0],
    }),
  },
  {
    name: "game→ratification",
    source: "dynamic game with INARA only = the ratification closed form (Iida/Tarar set-up)",
    ownAlgebra: true,
    players: 3,
    inputs: RATIFICATION_INPUTS,
    bounds: { proposerShare: SHARE, ratifyProbability: SHARE, expectedUtility: SHARE },
    vectors: RATIFICATION_VECTORS,
    evaluate: ([lo, hi, dA]) => {
      const params = ratificationGame(lo, hi, dA);
      const plan = solved(params);
      const outcome = bargainingOutcomes(params, plan);
      return {
        proposerShare: 1 - plan.usShare[1],
        ratifyProbability: outcome.pDealByWeek[0],
        expectedUtility: outcome.utility.iran,
      };
    },
  },
  {
    name: "game→powell",
    source: "dynamic game's per-week report = Powell (2006)",
    ownAlgebra: true,
    players: 2,
    inputs: [
      { name: "delta", ...DELTA },
      { name: "qNow", low: 0, high: 1 },
      { name: "qNext", low: 0, high: 1 },
      { name: "costD", low: 0, high: 1 },
      { name: "costR", low: 0, high: 1 },
    ],
    bounds: { war: SHARE },
    vectors: onlyOutputs(POWELL_VECTORS, ["war"]),
    evaluate: ([delta, q0, q1, cD, cR]) => {
      const params = bargainingGame({
        horizonWeeks: 1,
        discount: { us: delta, iran: delta },
        breakoutDays: [breakoutDaysForLeverage(q0), breakoutDaysForLeverage(q1)],
        war: { costUs: cD, costIran: cR },
      });
      return { war: powellAtWeek(params, solved(params), 0) ? 1 : 0 };
    },
  },
];

/** Every version-1 model: the closed forms, then the dynamic game's reductions to them. */
export const BARGAINING_MODELS: BargainingModelInfo[] = [...CLOSED_FORMS, ...GAME_REDUCTIONS];
