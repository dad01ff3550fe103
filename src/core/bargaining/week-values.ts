// Per-week payoff ingredients, shared by the solver (under each side's beliefs) and by the
// outcome pass (under the truth).
import type { GameParams, OptionParams } from "./game-params.js";
import { leverageFromBreakout } from "./leverage.js";

/** The US no-deal value at leverage L: baseValue − advanceCost·L (pie units). */
export function usStatusQuo(params: GameParams, leverage: number): number {
  const { baseValue, advanceCost } = params.statusQuo.us;
  return baseValue - advanceCost * leverage;
}

/** Iran's no-deal value at leverage L: baseValue − sanctionsCost + leverageGain·L (pie units). */
export function iranStatusQuo(params: GameParams, leverage: number): number {
  const { baseValue, sanctionsCost, leverageGain } = params.statusQuo.iran;
  return baseValue - sanctionsCost + leverageGain * leverage;
}

/**
 * What option `o` is worth to `side` (0 = US, 1 = Iran) when taken at a week with leverage L and
 * breakout time `breakoutDays`. A strike leaves the dispute unresolved but sets the clock back:
 * each side gets its no-deal value at the set-back leverage, less the war's cost as a flow,
 * (1 − δ)·C (so C is Powell's lump-sum cost).
 */
export function optionValue(
  params: GameParams,
  option: OptionParams,
  side: 0 | 1,
  leverage: number,
  breakoutDays: number,
): number {
  if (option.kind === "strike") {
    const { referenceDays, floorDays } = params.leverageScale;
    const after = leverageFromBreakout(breakoutDays + option.setbackDays, referenceDays, floorDays);
    return side === 0
      ? usStatusQuo(params, after) - (1 - params.discount.us) * params.war.costUs
      : iranStatusQuo(params, after) - (1 - params.discount.iran) * params.war.costIran;
  }
  return side === 0
    ? option.value.us + option.perLeverage.us * leverage
    : option.value.iran + option.perLeverage.iran * leverage;
}

/** Deadline credibility by week: the k-th (slipped) deadline's credibility at its week, else −1. */
export function deadlineByWeek(params: GameParams): Float64Array {
  const out = new Float64Array(params.horizonWeeks).fill(-1);
  const d = params.deadline;
  if (d === null) return out;
  let credibility = d.credibility;
  for (let week = d.week; week < params.horizonWeeks; week += d.slipWeeks) {
    out[week] = credibility;
    credibility *= d.decay;
  }
  return out;
}

/** Whether week t holds a round of talks (every `everyWeeks` weeks from week 0). */
export function isRound(params: GameParams, week: number): boolean {
  return week % params.protocol.everyWeeks === 0;
}

/** The true proposer of round-week t under alternation: 0 = US, 1 = Iran. */
export function alternatingProposer(params: GameParams, week: number): 0 | 1 {
  const round = Math.floor(week / params.protocol.everyWeeks);
  const first = params.protocol.first === "us" ? 0 : 1;
  return ((first + round) % 2) as 0 | 1;
}
