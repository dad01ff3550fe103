// Subgame-perfect play of the dynamic game for one draw, by backward induction over weeks.
// Each side values the future under its own beliefs; strategies are common knowledge (Yildiz 2003).
import { iranProposal, usProposal } from "./deal-terms.js";
import type { GameParams } from "./game-params.js";
import { leverageFromBreakout } from "./leverage.js";
import {
  alternatingProposer,
  deadlineByWeek,
  iranStatusQuo,
  isRound,
  optionValue,
  usStatusQuo,
} from "./week-values.js";

/** What the proposer of a round does (codes in `GamePlan.action`). */
export const BARGAINING_ACTION = {
  /** No round this week. */
  none: 0,
  /** An acceptable offer (then ratification, if any). */
  deal: 1,
  /** An offer the responder rejects; talks go on. */
  talk: 2,
  /** An offer the responder answers by invoking its option `option`. */
  responderQuits: 3,
  /** The proposer invokes its own option `option`. */
  proposerQuits: 4,
} as const;

/**
 * Equilibrium play for one draw. Index `2·week + proposer` (proposer 0 = US, 1 = Iran) in
 * `action`, `usShare`, `ratifyProbability` and `option`; `valueUs`/`valueIran` hold each side's
 * expected payoff at the start of weeks 0…H under its own beliefs; `leverage` the true L(t).
 */
export interface GamePlan {
  horizonWeeks: number;
  action: Int8Array;
  usShare: Float64Array;
  ratifyProbability: Float64Array;
  option: Int8Array;
  valueUs: Float64Array;
  valueIran: Float64Array;
  leverage: Float64Array;
}

export type SolveResult =
  | { ok: true; plan: GamePlan }
  | { ok: false; reason: "non-finite" | "not-converged"; message: string };

const EPS = 1e-12;
const clip01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Solves one draw by backward induction from the horizon, where each side gets its no-deal value.
 * O(weeks × options); inside the loop it allocates only the small offer object of each round.
 * Returns `non-finite` instead of NaN.
 */
export function solveBargainingGame(params: GameParams): SolveResult {
  const H = params.horizonWeeks;
  const { referenceDays, floorDays } = params.leverageScale;
  const { us: beliefUs, iran: beliefIran, halfLifeWeeks } = params.beliefs;
  const deltaUs = params.discount.us;
  const deltaIran = params.discount.iran;
  const options = params.options;
  const nOptions = options.length;
  const anyDeal = params.usAcceptsAnyDeal;
  const pUsTrue = params.protocol.pUs;
  const random = params.protocol.kind === "random";
  const deadline = deadlineByWeek(params);
  const deadlineOption = params.deadline === null ? null : options[params.deadline.option];

  const leverage = new Float64Array(H + 1);
  for (let t = 0; t <= H; t++)
    leverage[t] = leverageFromBreakout(params.breakoutDays[t], referenceDays, floorDays);
  const l0 = leverage[0];

  const plan: GamePlan = {
    horizonWeeks: H,
    action: new Int8Array(2 * H),
    usShare: new Float64Array(2 * H),
    ratifyProbability: new Float64Array(2 * H),
    option: new Int8Array(2 * H).fill(-1),
    valueUs: new Float64Array(H + 1),
    valueIran: new Float64Array(H + 1),
    leverage,
  };
  // Option values and credibilities as each side sees them this week: [side·n + o].
  const worth = new Float64Array(2 * nOptions);
  const cred = new Float64Array(2 * nOptions);
  const stage = new Float64Array(2); // [value to US, value to Iran] of the current proposer's round
  let t = H;
  let contUs = 0;
  let contIran = 0;

  // One round with proposer p: fills stage[] and the plan's entries for (t, p).
  function playRound(p: 0 | 1): void {
    const r = 1 - p;
    const contP = p === 0 ? contUs : contIran;
    const contR = p === 0 ? contIran : contUs;
    // The responder's best answer to an offer it rejects: talk on, or quit for an option.
    let reserveR = contR;
    let rejectP = contP;
    let respOption = -1;
    const responderMayQuit = !(r === 0 && anyDeal);
    const proposerMayQuit = !(p === 0 && anyDeal);
    let quitP = Number.NEGATIVE_INFINITY;
    let quitR = 0;
    let propOption = -1;
    for (let o = 0; o < nOptions; o++) {
      const owner = options[o].owner === "us" ? 0 : 1;
      const cP = cred[p * nOptions + o];
      const cR = cred[r * nOptions + o];
      const valueP = cP * worth[p * nOptions + o] + (1 - cP) * contP;
      const valueR = cR * worth[r * nOptions + o] + (1 - cR) * contR;
      if (owner === r && responderMayQuit && valueR > reserveR + EPS) {
        reserveR = valueR;
        rejectP = valueP;
        respOption = o;
      } else if (owner === p && proposerMayQuit && valueP > quitP) {
        quitP = valueP;
        quitR = valueR;
        propOption = o;
      }
    }
    const terms =
      p === 0
        ? usProposal(contIran, reserveR, params.ratification)
        : iranProposal(contUs, reserveR, contIran, params.ratification, anyDeal);
    const i = 2 * t + p;
    const pi = terms.ratifyProbability;
    const dealUs = pi * terms.usShare + (1 - pi) * contUs;
    const dealIran = pi * (1 - terms.usShare) + (1 - pi) * contIran;
    const dealP = p === 0 ? dealUs : dealIran;
    if (terms.feasible && (dealP >= Math.max(rejectP, quitP) - EPS || (p === 0 && anyDeal))) {
      plan.action[i] = BARGAINING_ACTION.deal;
      plan.usShare[i] = terms.usShare;
      plan.ratifyProbability[i] = pi;
      stage[0] = dealUs;
      stage[1] = dealIran;
    } else if (quitP > rejectP + EPS) {
      plan.action[i] = BARGAINING_ACTION.proposerQuits;
      plan.option[i] = propOption;
      stage[p] = quitP;
      stage[r] = quitR;
    } else {
      plan.action[i] = respOption >= 0 ? BARGAINING_ACTION.responderQuits : BARGAINING_ACTION.talk;
      plan.option[i] = respOption;
      stage[p] = rejectP;
      stage[r] = reserveR;
    }
  }

  const seen = (growth: number, gap: number, week: number) =>
    clip01(l0 + (1 + (growth - 1) * gap) * (leverage[week] - l0));
  let vUs = usStatusQuo(params, seen(beliefUs.leverageGrowth, 2 ** (-H / halfLifeWeeks), H));
  let vIran = iranStatusQuo(params, seen(beliefIran.leverageGrowth, 2 ** (-H / halfLifeWeeks), H));
  plan.valueUs[H] = vUs;
  plan.valueIran[H] = vIran;

  for (t = H - 1; t >= 0; t--) {
    const gap = 2 ** (-t / halfLifeWeeks);
    const lUs = seen(beliefUs.leverageGrowth, gap, t);
    const lIran = seen(beliefIran.leverageGrowth, gap, t);
    const days = params.breakoutDays[t];
    for (let o = 0; o < nOptions; o++) {
      const opt = options[o];
      worth[o] = optionValue(params, opt, 0, lUs, days);
      worth[nOptions + o] = optionValue(params, opt, 1, lIran, days);
      const ownedByUs = opt.owner === "us";
      cred[o] = ownedByUs
        ? opt.credibility
        : clip01(opt.credibility + beliefUs.credibilityShift * gap);
      cred[nOptions + o] = ownedByUs
        ? clip01(opt.credibility + beliefIran.credibilityShift * gap)
        : opt.credibility;
    }
    // Value of ending week t with no deal: the week's flow, then the deadline lottery, then t + 1.
    contUs = (1 - deltaUs) * usStatusQuo(params, lUs) + deltaUs * vUs;
    contIran = (1 - deltaIran) * iranStatusQuo(params, lIran) + deltaIran * vIran;
    if (deadline[t] >= 0 && deadlineOption !== null) {
      const cUs = deadline[t];
      const cIran = clip01(deadline[t] + beliefIran.credibilityShift * gap);
      contUs = cUs * optionValue(params, deadlineOption, 0, lUs, days) + (1 - cUs) * contUs;
      contIran =
        cIran * optionValue(params, deadlineOption, 1, lIran, days) + (1 - cIran) * contIran;
    }
    if (!isRound(params, t)) {
      vUs = contUs;
      vIran = contIran;
    } else if (!random) {
      const p = alternatingProposer(params, t);
      playRound(p);
      vUs = stage[0];
      vIran = stage[1];
    } else {
      const pUsByUs = pUsTrue + (beliefUs.proposeOdds - pUsTrue) * gap;
      const pUsByIran = pUsTrue - (beliefIran.proposeOdds - (1 - pUsTrue)) * gap;
      playRound(0);
      let nextUs = pUsByUs * stage[0];
      let nextIran = pUsByIran * stage[1];
      playRound(1);
      nextUs += (1 - pUsByUs) * stage[0];
      nextIran += (1 - pUsByIran) * stage[1];
      vUs = nextUs;
      vIran = nextIran;
    }
    if (!Number.isFinite(vUs) || !Number.isFinite(vIran))
      return { ok: false, reason: "non-finite", message: `value not finite at week ${t}` };
    plan.valueUs[t] = vUs;
    plan.valueIran[t] = vIran;
  }
  return { ok: true, plan };
}
