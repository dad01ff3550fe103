import type { BeliefParams, GameParams } from "./game-params.js";

/** A side that sees what the truth is (no shift, no extra growth, the true proposal odds). */
export function commonBelief(proposeOdds: number): BeliefParams {
  return { credibilityShift: 0, leverageGrowth: 1, proposeOdds };
}

/**
 * The plain alternating-offers game (Ståhl's): US proposes first, δ = 0.9 each, zero no-deal
 * values, constant breakout time at the reference (leverage 0), no options, no deadline, no
 * ratification, a common prior. Override any field; `breakoutDays` is resized to the horizon.
 * @example solveBargainingGame(bargainingGame({ horizonWeeks: 7 }))
 */
export function bargainingGame(overrides: Partial<GameParams> = {}): GameParams {
  const horizonWeeks = overrides.horizonWeeks ?? 10;
  const base: GameParams = {
    horizonWeeks,
    discount: { us: 0.9, iran: 0.9 },
    protocol: { kind: "alternating", first: "us", pUs: 0.5, everyWeeks: 1 },
    breakoutDays: new Float64Array(horizonWeeks + 1).fill(365),
    leverageScale: { referenceDays: 365, floorDays: 1 },
    statusQuo: {
      us: { baseValue: 0, advanceCost: 0 },
      iran: { baseValue: 0, sanctionsCost: 0, leverageGain: 0 },
    },
    war: { costUs: 0, costIran: 0 },
    options: [],
    deadline: null,
    ratification: null,
    usAcceptsAnyDeal: false,
    beliefs: { us: commonBelief(0.5), iran: commonBelief(0.5), halfLifeWeeks: Infinity },
  };
  return { ...base, ...overrides } satisfies GameParams;
}
