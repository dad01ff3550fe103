// Claims that rest on the bargaining game: weak deal or delay, the credibility input, indirect
// talks, and a strategy against its baseline (deadline + snapback, strike option, INARA).
import type { BargainingTally } from "../../bargaining/index.js";
import type { ClaimCheck } from "../claim-schema.js";
import { addDaysIso } from "../dates.js";
import {
  meanDealWeek,
  medianTerms,
  pDealBy,
  pWeakDeal,
  pWeakDealOrDelay,
  usUtility,
} from "../strategy-metrics.js";
import type { ClaimContext } from "./claim-context.js";
import { type ClaimResult, fixed, pct, verdictOf } from "./claim-result.js";
import { gameValue, strategyIndex } from "./game-value.js";

type Check<K extends ClaimCheck["kind"]> = Extract<ClaimCheck, { kind: K }>;
type Evaluated = Omit<ClaimResult, "id" | "statement" | "kind">;

const weekDate = (ctx: ClaimContext, week: number) =>
  addDaysIso(ctx.config.game.start ?? ctx.resolved.scenario.asOf, Math.round(7 * week));
const dealBy = (ctx: ClaimContext) => ctx.config.game.dealByWeek;
const termsText = (t: number | null) => (t === null ? "no deal" : t.toFixed(2));

export function weakDealOrDelayClaim(
  ctx: ClaimContext,
  check: Check<"weak-deal-or-delay">,
): Evaluated {
  const s = strategyIndex(ctx, check.strategy);
  const week = dealBy(ctx);
  const { value, drivers } = gameValue(ctx, [s], ([t]) =>
    pWeakDealOrDelay(t, check.benchmark, week),
  );
  const main = ctx.game.main[s];
  const weak = pWeakDeal(main, check.benchmark, week);
  return {
    value,
    unit: "probability",
    ...verdictOf(
      value,
      ctx.thresholds ?? { holds: 0.8, weakly: 0.5 },
      "P(weak deal or delay)",
      fixed(2),
    ),
    summary: `Under '${check.strategy}', ${pct(value)} of draws end in a deal weaker than the benchmark (US share < ${check.benchmark}) by ${weekDate(ctx, week)} (${pct(weak)}) or in no deal by then (${pct(value - weak)}).`,
    drivers,
    inputs: [
      { name: "strategy", value: check.strategy },
      { name: "benchmark (US share of the JCPOA's terms)", value: String(check.benchmark) },
      { name: "by", value: `${weekDate(ctx, week)} (week ${week})` },
      { name: "median terms of a deal", value: termsText(medianTerms(main)) },
    ],
  };
}

const isCredibility = (path: string) => /credibility/i.test(path);

export function credibilityClaim(ctx: ClaimContext, check: Check<"credibility">): Evaluated {
  const s = strategyIndex(ctx, check.strategy);
  const week = dealBy(ctx);
  const chosen = check.inputs;
  const only = chosen ? (p: string) => chosen.some((c) => p === c || p.endsWith(c)) : isCredibility;
  const { drivers, all } = gameValue(ctx, [s], ([t]) => usUtility(t), only);
  const value = all.reduce((m, d) => Math.max(m, d.swing), 0);
  return {
    value,
    unit: "pie units (swing in US expected utility)",
    verdict: "judgement input",
    rule: "a judgement the scenario assumes, not a finding; the value is how far the US expected utility moves as each credibility input goes from its p5 to its p95",
    summary: `The scenario assumes the credibilities below (analyst judgement). Moving them one at a time from p5 to p95 moves the US expected utility under '${check.strategy}' by up to ${value.toFixed(3)} of the pie (P(deal by ${weekDate(ctx, week)}) is ${pct(pDealBy(ctx.game.main[s], week))}).`,
    drivers,
    inputs: all.map((d) => ({
      name: d.input,
      value: `${d.low.toFixed(2)} to ${d.high.toFixed(2)} (p5–p95)`,
    })),
  };
}

export function talkFrequencyClaim(
  ctx: ClaimContext,
  check: Check<"talk-frequency">,
  probe: number,
): Evaluated {
  const s = strategyIndex(ctx, check.strategy);
  const delay = ([a, b]: BargainingTally[]) => {
    const [wa, wb] = [meanDealWeek(a), meanDealWeek(b)];
    return wa === null || wb === null ? Number.NaN : wa - wb;
  };
  const { value, drivers } = gameValue(ctx, [s, probe], delay);
  const every = ctx.config.strategies[s].everyWeeks ?? ctx.config.game.protocol.everyWeeks;
  const [main, direct] = [ctx.game.main[s], ctx.game.main[probe]];
  const week = dealBy(ctx);
  const finite = Number.isFinite(value) ? value : null;
  return {
    value: finite,
    unit: "weeks",
    ...verdictOf(
      finite,
      ctx.thresholds ?? { holds: 2, weakly: 0.5 },
      "the delay of the mean deal week",
      fixed(1),
    ),
    summary:
      finite === null
        ? "Too few deals to compare deal weeks."
        : `With a round every ${every} week(s), deals come on average in week ${(meanDealWeek(main) as number).toFixed(1)}; with one every ${check.everyWeeks} week(s), in week ${(meanDealWeek(direct) as number).toFixed(1)}: ${finite >= 0 ? "later" : "earlier"} by ${Math.abs(finite).toFixed(1)} weeks. P(deal by ${weekDate(ctx, week)}): ${pct(pDealBy(main, week))} against ${pct(pDealBy(direct, week))}.`,
    drivers: drivers.filter((d) => Number.isFinite(d.swing)),
    inputs: [
      { name: "strategy", value: check.strategy },
      { name: "rounds every (as given)", value: `${every} week(s)` },
      { name: "rounds every (compared)", value: `${check.everyWeeks} week(s)` },
    ],
  };
}

/** Strategy against baseline: the US expected utility gained, with the terms and timing beside. */
export function compareClaim(
  ctx: ClaimContext,
  check: Check<"deadline" | "strike-option" | "ratification">,
  extra: { summary: string; inputs: { name: string; value: string }[] },
): Evaluated {
  const [s, b] = [strategyIndex(ctx, check.strategy), strategyIndex(ctx, check.baseline)];
  const { value, drivers } = gameValue(ctx, [s, b], ([x, y]) => usUtility(x) - usUtility(y));
  const [ms, mb] = [ctx.game.main[s], ctx.game.main[b]];
  const week = dealBy(ctx);
  return {
    value,
    unit: "pie units (US expected utility)",
    ...verdictOf(
      value,
      ctx.thresholds ?? { holds: 0.01, weakly: 0.001 },
      "the US expected-utility gain over the baseline",
      fixed(3),
    ),
    summary:
      `'${check.strategy}' against '${check.baseline}': US expected utility ${usUtility(ms).toFixed(3)} vs ${usUtility(mb).toFixed(3)} (${value >= 0 ? "+" : ""}${value.toFixed(3)} of the pie); P(deal by ${weekDate(ctx, week)}) ${pct(pDealBy(ms, week))} vs ${pct(pDealBy(mb, week))}; median terms ${termsText(medianTerms(ms))} vs ${termsText(medianTerms(mb))}. ${extra.summary}`.trim(),
    drivers,
    inputs: [
      { name: "strategy", value: check.strategy },
      { name: "baseline", value: check.baseline },
      { name: "draws per strategy", value: String(ms.draws) },
      ...extra.inputs,
    ],
  };
}
