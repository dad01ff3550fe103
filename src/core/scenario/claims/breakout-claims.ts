// Claims that rest on the clock: breakout below (or above) a number of days, and the trend of
// Iran's leverage ("time is on Iran's side").

import { leverageFromBreakout } from "../../bargaining/index.js";
import {
  type BreakoutAssumptions,
  breakoutMonteCarlo,
  compileBreakout,
  DAYS_PER_MONTH,
  fitTrend,
  medianParameters,
  projectState,
  runDraw,
} from "../../breakout/index.js";
import type { ProgramState } from "../../program/index.js";
import { distQuantile } from "../../uncertain/index.js";
import { breakoutInputs, pinBreakoutInput } from "../breakout-inputs.js";
import type { ClaimCheck } from "../claim-schema.js";
import type { ClaimContext } from "./claim-context.js";
import { type ClaimResult, driver, fixed, pct, topDrivers, verdictOf } from "./claim-result.js";

type Check<K extends ClaimCheck["kind"]> = Extract<ClaimCheck, { kind: K }>;

/** The median of a sample (draws that never finish count as infinitely long). */
function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Share of draws whose first quantity takes less than `days` (or at least `days`). */
export function shareOfDraws(firstDays: readonly number[], days: number, below: boolean): number {
  if (firstDays.length === 0) return 0;
  const n = firstDays.filter((d) => (below ? d < days : d >= days)).length;
  return n / firstDays.length;
}

function drawsFor(
  state: ProgramState,
  a: BreakoutAssumptions,
  samples: number,
  seed: number,
): number[] {
  const model = compileBreakout(state, a);
  if (model.infeasible) return new Array<number>(samples).fill(Number.POSITIVE_INFINITY);
  const d = breakoutMonteCarlo(model, samples, seed, 1);
  return [...d.firstDays, ...new Array<number>(d.shortFirst).fill(Number.POSITIVE_INFINITY)];
}

export function breakoutClaim(
  ctx: ClaimContext,
  check: Check<"breakout">,
): Omit<ClaimResult, "id" | "statement" | "kind"> {
  const { state, assumptions } = ctx.resolved;
  const value = shareOfDraws(ctx.clock.firstDays, check.days, check.below);
  const n = Math.min(ctx.sensitivitySamples, ctx.samples);
  const pinned = breakoutInputs(compileBreakout(state, assumptions)).map(({ path, dist }) => ({
    path,
    dist,
    draws: [0.05, 0.95].map((p) =>
      drawsFor(state, pinBreakoutInput(assumptions, path, p), n, ctx.seed),
    ),
  }));
  const rowsOf = (measure: (draws: number[]) => number) =>
    pinned.map(({ path, dist, draws }) =>
      driver(
        `breakout.${path}`,
        distQuantile(dist, 0.05),
        distQuantile(dist, 0.95),
        measure(draws[0]),
        measure(draws[1]),
      ),
    );
  const shareDrivers = topDrivers(rowsOf((d) => shareOfDraws(d, check.days, check.below)));
  // When no input moves the probability (e.g. 100 % of draws in every case), say what moves the
  // days behind it instead.
  const daysDrivers = shareDrivers.length === 0 ? topDrivers(rowsOf(medianOf)) : [];
  const what = `P(${check.below ? "under" : "at least"} ${check.days} days)`;
  const band = ctx.clock.estimate.firstQuantityDays;
  return {
    value,
    unit: "probability",
    ...verdictOf(value, ctx.thresholds ?? { holds: 0.8, weakly: 0.5 }, what, fixed(2)),
    summary: `${pct(value)} of ${ctx.clock.firstDays.length} draws give 25 kg of 90 % uranium ${check.below ? "in under" : "in no less than"} ${check.days} days${band ? ` (median ${band.p50.toFixed(1)} days, 90 % band ${band.p5.toFixed(1)}–${band.p95.toFixed(1)})` : ` (no estimate: ${ctx.clock.estimate.infeasible ?? "infeasible"})`}.`,
    drivers: shareDrivers.length > 0 ? shareDrivers : daysDrivers,
    ...(shareDrivers.length === 0 && daysDrivers.length > 0 ? { driversUnit: "median days" } : {}),
    inputs: [
      { name: "program state", value: `${state.label} (${state.date})` },
      {
        name: "target",
        value: assumptions.target === "wgu25" ? "25 kg of 90 % uranium" : "IAEA SQ",
      },
      { name: "draws", value: String(ctx.clock.firstDays.length) },
    ],
  };
}

/** Days to the first quantity at the median of every input (the central plan), or null. */
function centralDays(state: ProgramState, a: BreakoutAssumptions): number | null {
  const model = compileBreakout(state, a);
  return model.infeasible ? null : runDraw(model, medianParameters(a), 1).firstDays;
}

export function leverageTrendClaim(
  ctx: ClaimContext,
  check: Check<"leverage-trend">,
): Omit<ClaimResult, "id" | "statement" | "kind"> {
  const { state, trendStates, assumptions } = ctx.resolved;
  const game = ctx.config.game;
  const trend = fitTrend(trendStates, trendStates.length - 1);
  const later = projectState(state, trend, check.months * DAYS_PER_MONTH);
  const gain = distQuantile(game.statusQuo.iran.leverageGain, 0.5);
  const lev = (days: number | null) =>
    days === null
      ? 0
      : leverageFromBreakout(days, game.breakout.referenceDays, game.breakout.floorDays);
  const rise = (a: BreakoutAssumptions, g: number) =>
    g * (lev(centralDays(later, a)) - lev(centralDays(state, a)));
  const value = rise(assumptions, gain);
  const rows = breakoutInputs(compileBreakout(state, assumptions)).map(({ path, dist }) =>
    driver(
      `breakout.${path}`,
      distQuantile(dist, 0.05),
      distQuantile(dist, 0.95),
      rise(pinBreakoutInput(assumptions, path, 0.05), gain),
      rise(pinBreakoutInput(assumptions, path, 0.95), gain),
    ),
  );
  const g = game.statusQuo.iran.leverageGain;
  const [g5, g95] = [distQuantile(g, 0.05), distQuantile(g, 0.95)];
  rows.push(
    driver(
      "game.statusQuo.iran.leverageGain",
      g5,
      g95,
      rise(assumptions, g5),
      rise(assumptions, g95),
    ),
  );
  const now = centralDays(state, assumptions);
  const then = centralDays(later, assumptions);
  const perMonth = now !== null && then !== null ? (now - then) / check.months : null;
  return {
    value,
    unit: "pie units",
    ...verdictOf(
      value,
      ctx.thresholds ?? { holds: 0.02, weakly: 0.005 },
      `the rise in Iran's no-deal value over ${check.months} months`,
      fixed(3),
    ),
    summary:
      now === null || then === null
        ? "The clock gives no estimate for this state, so Iran's leverage does not move with it."
        : `On the trend of reports ${trend.basis.join(", ")}, breakout time falls from ${now.toFixed(1)} to ${then.toFixed(1)} days in ${check.months} months (${(perMonth as number).toFixed(1)} days a month), which raises Iran's no-deal value by ${value.toFixed(3)} of the pie (leverage gain ${gain.toFixed(2)} per unit of leverage).`,
    drivers: topDrivers(rows),
    inputs: [
      { name: "trend fitted on", value: trend.basis.join(", ") },
      { name: "months ahead", value: String(check.months) },
      {
        name: "leverage scale",
        value: `ln(${game.breakout.referenceDays}/b) / ln(${game.breakout.referenceDays}/${game.breakout.floorDays})`,
      },
      ...(perMonth === null
        ? []
        : [
            {
              name: "breakout fall",
              value: `${perMonth.toFixed(2)} days per month (central plan)`,
            },
          ]),
    ],
  };
}
