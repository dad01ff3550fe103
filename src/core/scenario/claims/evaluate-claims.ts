// Checks every claim of a scenario against the engines' results.
import { inaraClock, snapbackClock } from "../../calendar/index.js";
import type { ClaimSpec } from "../claim-schema.js";
import { addDaysIso, daysBetweenIso } from "../dates.js";
import { breakoutClaim, leverageTrendClaim } from "./breakout-claims.js";
import type { ClaimContext } from "./claim-context.js";
import type { ClaimResult } from "./claim-result.js";
import {
  compareClaim,
  credibilityClaim,
  talkFrequencyClaim,
  weakDealOrDelayClaim,
} from "./game-claims.js";
import { strategyIndex } from "./game-value.js";
import { positionsClaim } from "./positions-claim.js";
import { pFirstDealRejected } from "./ratification-failure.js";

/** The name of the probe strategy a talk-frequency claim adds: `strategy` with rounds every k weeks. */
export const probeName = (strategy: string, everyWeeks: number) =>
  `${strategy} — rounds every ${everyWeeks} week(s) (probe)`;

/** The calendar date of strategy `name`'s deadline, or null. */
function deadlineDate(ctx: ClaimContext, name: string): string | null {
  const s = ctx.config.strategies[strategyIndex(ctx, name)];
  if (!s?.deadline) return null;
  return (
    s.deadline.date ??
    addDaysIso(ctx.config.game.start ?? ctx.resolved.scenario.asOf, 7 * (s.deadlineWeek ?? 0))
  );
}

const pctText = (x: number) => `${(100 * x).toFixed(0)} %`;

function evaluate(
  ctx: ClaimContext,
  claim: ClaimSpec,
): Omit<ClaimResult, "id" | "statement" | "kind"> {
  const check = claim.check;
  switch (check.kind) {
    case "breakout":
      return breakoutClaim(ctx, check);
    case "leverage-trend":
      return leverageTrendClaim(ctx, check);
    case "weak-deal-or-delay":
      return weakDealOrDelayClaim(ctx, check);
    case "credibility":
      return credibilityClaim(ctx, check);
    case "positions":
      return positionsClaim(ctx, check);
    case "talk-frequency":
      return talkFrequencyClaim(
        ctx,
        check,
        strategyIndex(ctx, probeName(check.strategy, check.everyWeeks)),
      );
    case "deadline": {
      const date = deadlineDate(ctx, check.strategy) as string;
      const snap = snapbackClock(date);
      const s = ctx.game.main[strategyIndex(ctx, check.strategy)];
      const option =
        ctx.config.strategies[strategyIndex(ctx, check.strategy)].deadline?.option ?? "";
      const pBreak = s.draws === 0 ? 0 : (s.breakdowns[option] ?? 0) / s.draws;
      const clockText =
        snap.reapplyDate === null
          ? `A snapback notified on the deadline (${date}) is ${snap.status}: the option ended on Termination Day (${snap.terminationDay}).`
          : `A snapback notified on the deadline (${date}) returns UN sanctions at 00:00 GMT on ${snap.reapplyDate}, ${daysBetweenIso(date, snap.reapplyDate)} days after it${snap.status === "runs-past-termination" ? `, on or after Termination Day (${snap.terminationDay}): contested` : `, before Termination Day (${snap.terminationDay})`}.`;
      return compareClaim(ctx, check, {
        summary: `${clockText} P(breakdown by ${option}): ${pctText(pBreak)}.`,
        inputs: [
          { name: "deadline", value: date },
          {
            name: "snapback clock",
            value: snap.reapplyDate
              ? `notified ${date} → sanctions back ${snap.reapplyDate} (${snap.status})`
              : snap.status,
          },
        ],
      });
    }
    case "strike-option": {
      const [s, b] = [strategyIndex(ctx, check.strategy), strategyIndex(ctx, check.baseline)].map(
        (i) => ctx.game.main[i],
      );
      const share = (t: typeof s, n: number) => (t.draws === 0 ? 0 : n / t.draws);
      const breakdowns = Object.values(s.breakdowns).reduce((x, y) => x + y, 0);
      const powell = breakdowns === 0 ? 0 : s.powellWars / breakdowns;
      return compareClaim(ctx, check, {
        summary: `P(strike) ${pctText(share(s, s.strikes))} vs ${pctText(share(b, b.strikes))}; Powell's preventive-war condition held in ${pctText(powell)} of the breakdowns under '${check.strategy}'.`,
        inputs: [
          {
            name: "P(strike)",
            value: `${pctText(share(s, s.strikes))} vs ${pctText(share(b, b.strikes))}`,
          },
          { name: "breakdowns where Powell's condition held", value: pctText(powell) },
        ],
      });
    }
    case "ratification": {
      const s = strategyIndex(ctx, check.strategy);
      const rejected = pFirstDealRejected(
        ctx.config,
        s,
        Math.min(ctx.sensitivitySamples, 1000),
        ctx.seed,
      );
      const date =
        deadlineDate(ctx, check.strategy) ??
        ctx.resolved.scenario.deadline ??
        ctx.resolved.scenario.asOf;
      const inara = inaraClock(date);
      const late = inaraClock(date, { disapproval: true });
      return compareClaim(ctx, check, {
        summary: `Congress rejects the first deal put to it in ${rejected === null ? "— (no deal proposed)" : pctText(rejected)} of draws. For a deal on ${date}, INARA review bars statutory relief until ${inara.relief.earliest} at the earliest and ${late.relief.latest} at the latest (after a vetoed disapproval).`,
        inputs: [
          {
            name: "P(first deal rejected by Congress)",
            value: rejected === null ? "—" : rejected.toFixed(2),
          },
          {
            name: `INARA relief for a deal on ${date}`,
            value: `${inara.relief.earliest} to ${late.relief.latest}`,
          },
        ],
      });
    }
  }
}

export function evaluateClaims(ctx: ClaimContext, claims: ClaimSpec[]): ClaimResult[] {
  return claims.map((claim) => ({
    id: claim.id,
    statement: claim.statement,
    kind: claim.check.kind,
    ...evaluate({ ...ctx, thresholds: claim.thresholds }, claim),
    ...(claim.note ? { note: claim.note } : {}),
    ...(claim.source ? { source: claim.source } : {}),
  }));
}
