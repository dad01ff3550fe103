// What the equilibrium plan leads to under the true parameters: the exact outcome distribution of
// one draw, or one sampled path of it (for the Monte Carlo runner, which counts outcomes).
import type { Rng } from "../rng.js";
import { powellCondition } from "./crisis-bargaining.js";
import type { GameParams } from "./game-params.js";
import { BARGAINING_ACTION, type GamePlan } from "./solve-game.js";
import {
  alternatingProposer,
  deadlineByWeek,
  iranStatusQuo,
  isRound,
  optionValue,
  usStatusQuo,
} from "./week-values.js";

/** The exact outcome distribution of one draw. Probabilities sum to 1; utilities are discounted
 * to week 0 in pie units, under the true parameters. */
export interface OutcomeDistribution {
  /** Pr(deal in week t), t = 0…H − 1. */
  pDealByWeek: number[];
  /** Pr(breakdown by option o), in the order of `params.options`. */
  pBreakdown: number[];
  pDelay: number;
  /** E[US share | deal]; 0 when no deal is possible. */
  meanUsShare: number;
  utility: { us: number; iran: number };
}

/** Whether Powell's preventive-war condition holds between weeks t and t + 1 (US = declining). */
export function powellAtWeek(params: GameParams, plan: GamePlan, week: number): boolean {
  const next = Math.min(week + 1, plan.horizonWeeks);
  return powellCondition(
    params.discount.us,
    plan.leverage[week],
    plan.leverage[next],
    params.war.costUs,
    params.war.costIran,
  ).war;
}

/** The exact outcome distribution of `plan` under the true parameters (O(weeks × options)). */
export function bargainingOutcomes(params: GameParams, plan: GamePlan): OutcomeDistribution {
  const H = plan.horizonWeeks;
  const deadline = deadlineByWeek(params);
  const pDealByWeek = new Array<number>(H).fill(0);
  const pBreakdown = new Array<number>(params.options.length).fill(0);
  let mass = 1;
  let shareSum = 0;
  let uUs = 0;
  let uIran = 0;
  for (let t = 0; t < H; t++) {
    const fUs = params.discount.us ** t;
    const fIran = params.discount.iran ** t;
    const lev = plan.leverage[t];
    const days = params.breakoutDays[t];
    if (isRound(params, t)) {
      let going = 0;
      for (let p = 0; p < 2; p++) {
        const odds =
          params.protocol.kind === "random"
            ? p === 0
              ? params.protocol.pUs
              : 1 - params.protocol.pUs
            : alternatingProposer(params, t) === p
              ? 1
              : 0;
        const m = mass * odds;
        if (m === 0) continue;
        const i = 2 * t + p;
        const action = plan.action[i];
        if (action === BARGAINING_ACTION.deal) {
          const won = m * plan.ratifyProbability[i];
          pDealByWeek[t] += won;
          shareSum += won * plan.usShare[i];
          uUs += won * fUs * plan.usShare[i];
          uIran += won * fIran * (1 - plan.usShare[i]);
          going += m - won;
        } else if (action === BARGAINING_ACTION.talk) going += m;
        else {
          const option = params.options[plan.option[i]];
          const ended = m * option.credibility;
          pBreakdown[plan.option[i]] += ended;
          uUs += ended * fUs * optionValue(params, option, 0, lev, days);
          uIran += ended * fIran * optionValue(params, option, 1, lev, days);
          going += m - ended;
        }
      }
      mass = going;
    }
    const c = deadline[t];
    if (c >= 0 && params.deadline !== null) {
      const option = params.options[params.deadline.option];
      const ended = mass * c;
      pBreakdown[params.deadline.option] += ended;
      uUs += ended * fUs * optionValue(params, option, 0, lev, days);
      uIran += ended * fIran * optionValue(params, option, 1, lev, days);
      mass -= ended;
    }
    uUs += mass * fUs * (1 - params.discount.us) * usStatusQuo(params, lev);
    uIran += mass * fIran * (1 - params.discount.iran) * iranStatusQuo(params, lev);
  }
  uUs += mass * params.discount.us ** H * usStatusQuo(params, plan.leverage[H]);
  uIran += mass * params.discount.iran ** H * iranStatusQuo(params, plan.leverage[H]);
  const pDeal = pDealByWeek.reduce((a, b) => a + b, 0);
  return {
    pDealByWeek,
    pBreakdown,
    pDelay: mass,
    meanUsShare: pDeal > 0 ? shareSum / pDeal : 0,
    utility: { us: uUs, iran: uIran },
  };
}

/** One sampled path. `kind`: 0 deal, 1 breakdown, 2 delay beyond the horizon. */
export interface PathOutcome {
  kind: 0 | 1 | 2;
  /** The week the path ended (H for delay). */
  week: number;
  /** The US share of the deal (deal only). */
  usShare: number;
  /** The option taken (breakdown only), else −1. */
  option: number;
  /** Breakdown at a deadline (rather than by a side's choice). */
  byDeadline: boolean;
  /** Whether Powell's preventive-war condition held at the breakdown week. */
  powellWar: boolean;
  utilityUs: number;
  utilityIran: number;
}

/** A fresh, empty `PathOutcome` for `simulateBargainingPath` to fill (reuse it across draws). */
export function emptyPathOutcome(): PathOutcome {
  return {
    kind: 2,
    week: 0,
    usShare: 0,
    option: -1,
    byDeadline: false,
    powellWar: false,
    utilityUs: 0,
    utilityIran: 0,
  };
}

/**
 * Plays `plan` once with chance moves (proposer, ratification, whether an option or the deadline
 * is carried out) drawn from `rng` with their true probabilities; writes the result into `out`.
 */
export function simulateBargainingPath(
  params: GameParams,
  plan: GamePlan,
  rng: Rng,
  out: PathOutcome,
): PathOutcome {
  const H = plan.horizonWeeks;
  const deadline = params.deadline;
  let deadlineWeek = deadline === null ? H : deadline.week;
  let deadlineCredibility = deadline === null ? 0 : deadline.credibility;
  let uUs = 0;
  let uIran = 0;
  const end = (kind: 0 | 1, t: number, option: number, valueUs: number, valueIran: number) => {
    out.kind = kind;
    out.week = t;
    out.option = option;
    out.utilityUs = uUs + params.discount.us ** t * valueUs;
    out.utilityIran = uIran + params.discount.iran ** t * valueIran;
    out.powellWar = kind === 1 && powellAtWeek(params, plan, t);
    return out;
  };
  out.byDeadline = false;
  out.usShare = 0;
  for (let t = 0; t < H; t++) {
    const lev = plan.leverage[t];
    const days = params.breakoutDays[t];
    if (isRound(params, t)) {
      const p =
        params.protocol.kind === "random"
          ? rng() < params.protocol.pUs
            ? 0
            : 1
          : alternatingProposer(params, t);
      const i = 2 * t + p;
      const action = plan.action[i];
      if (action === BARGAINING_ACTION.deal) {
        if (rng() < plan.ratifyProbability[i]) {
          out.usShare = plan.usShare[i];
          return end(0, t, -1, plan.usShare[i], 1 - plan.usShare[i]);
        }
      } else if (action !== BARGAINING_ACTION.talk) {
        const o = plan.option[i];
        const option = params.options[o];
        if (rng() < option.credibility)
          return end(
            1,
            t,
            o,
            optionValue(params, option, 0, lev, days),
            optionValue(params, option, 1, lev, days),
          );
      }
    }
    if (deadline !== null && t === deadlineWeek) {
      const option = params.options[deadline.option];
      if (rng() < deadlineCredibility) {
        out.byDeadline = true;
        return end(
          1,
          t,
          deadline.option,
          optionValue(params, option, 0, lev, days),
          optionValue(params, option, 1, lev, days),
        );
      }
      deadlineWeek += deadline.slipWeeks;
      deadlineCredibility *= deadline.decay;
    }
    uUs += params.discount.us ** t * (1 - params.discount.us) * usStatusQuo(params, lev);
    uIran += params.discount.iran ** t * (1 - params.discount.iran) * iranStatusQuo(params, lev);
  }
  out.kind = 2;
  out.week = H;
  out.option = -1;
  out.powellWar = false;
  out.utilityUs = uUs + params.discount.us ** H * usStatusQuo(params, plan.leverage[H]);
  out.utilityIran = uIran + params.discount.iran ** H * iranStatusQuo(params, plan.leverage[H]);
  return out;
}
