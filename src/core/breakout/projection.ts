import { Temporal } from "temporal-polyfill";
import type { FleetGroup, ProgramState, StockBand } from "../program/index.js";
import type { BreakoutAssumptions } from "./assumptions.js";
import { DAYS_PER_MONTH } from "./draw.js";
import { compileBreakout } from "./model.js";
import { type Band, band, breakoutMonteCarlo } from "./monte-carlo.js";

/** How many reports (the chosen one and those before it) the trend is fitted on. */
export const TREND_REPORTS = 3;

export interface Trend {
  /** kgU per day for each band, fitted on the reports' own (not carried-forward) figures. */
  kgPerDay: Partial<Record<StockBand, number>>;
  /** Installed machines per day for each site × type group. */
  machinesPerDay: Record<string, number>;
  /** The reports the trend was fitted on. */
  basis: string[];
}

const dayNumber = (iso: string) => Temporal.PlainDate.from(iso).since("1970-01-01").days;

/** Least-squares slope of y on x; 0 with fewer than two distinct x. */
function slope(points: [number, number][]): number {
  if (points.length < 2) return 0;
  const mx = points.reduce((s, [x]) => s + x, 0) / points.length;
  const my = points.reduce((s, [, y]) => s + y, 0) / points.length;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  if (sxx === 0) return 0;
  return points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx;
}

const groupKey = (g: FleetGroup) => `${g.site}|${g.machineType}`;

/**
 * The trend over the last reports up to and including `states[index]`: a straight line through
 * each stock's stated figures and each fleet group's machine counts (carried figures are left out,
 * so a gap does not read as a pause).
 */
export function fitTrend(states: ProgramState[], index: number): Trend {
  const window = states.slice(Math.max(0, index - TREND_REPORTS + 1), index + 1);
  const kgPerDay: Trend["kgPerDay"] = {};
  const bands = new Set(window.flatMap((s) => s.stocks.map((x) => x.band)));
  for (const band of bands) {
    const points = window.flatMap((s): [number, number][] => {
      const stock = s.stocks.find((x) => x.band === band);
      return stock && stock.provenance.origin === "report" ? [[dayNumber(s.date), stock.kgU]] : [];
    });
    kgPerDay[band] = slope(points);
  }
  const machinesPerDay: Record<string, number> = {};
  for (const key of new Set(window.flatMap((s) => s.fleet.map(groupKey)))) {
    const points = window.flatMap((s): [number, number][] => {
      const g = s.fleet.find((x) => groupKey(x) === key);
      return [[dayNumber(s.date), g ? g.installedMachines : 0]];
    });
    machinesPerDay[key] = slope(points);
  }
  return { kgPerDay, machinesPerDay, basis: window.map((s) => s.label) };
}

/** The state `days` after `state`, moved along the trend (nothing falls below zero). */
export function projectState(state: ProgramState, trend: Trend, days: number): ProgramState {
  const date = Temporal.PlainDate.from(state.date)
    .add({ days: Math.round(days) })
    .toString();
  return {
    ...state,
    label: `${state.label}+${Math.round(days)}d`,
    date,
    // An event (e.g. damage) ends on its own date, also on the trend.
    capacityAdjustments: (state.capacityAdjustments ?? []).filter(
      (e) => e.until === null || date < e.until,
    ),
    stocks: state.stocks.map((s) => ({
      ...s,
      kgU: Math.max(0, s.kgU + (trend.kgPerDay[s.band] ?? 0) * days),
      provenance: { origin: "default", source: `trend of reports ${trend.basis.join(", ")}` },
    })),
    fleet: state.fleet.map((g) => {
      const machines = Math.max(
        0,
        g.installedMachines + (trend.machinesPerDay[groupKey(g)] ?? 0) * days,
      );
      return {
        ...g,
        installedMachines: machines,
        enrichingMachines: Math.min(machines, g.enrichingMachines),
        provenance: { origin: "default", source: `trend of reports ${trend.basis.join(", ")}` },
      };
    }),
    warnings: [
      ...state.warnings,
      `projected ${Math.round(days)} days ahead on the trend of reports ${trend.basis.join(", ")}`,
    ],
  };
}

/** Breakout time month by month ahead, if the program keeps its recent trend. */
export interface ProjectedPoint {
  month: number;
  date: string;
  stocksKgU: Partial<Record<StockBand, number>>;
  installedMachines: number;
  firstQuantityDays: Band | null;
}

/**
 * Projects the state of `states[index]` forward for `months` months on its trend and runs the
 * clock on each projected state (its own smaller Monte Carlo, same seed).
 */
export function projectBreakout(
  states: ProgramState[],
  index: number,
  assumptions: BreakoutAssumptions,
  options: { months: number; samples: number; seed: number },
): { trend: Trend; points: ProjectedPoint[] } {
  const trend = fitTrend(states, index);
  const points: ProjectedPoint[] = [];
  for (let month = 1; month <= options.months; month++) {
    const projected = projectState(states[index], trend, month * DAYS_PER_MONTH);
    const model = compileBreakout(projected, assumptions);
    const draws = model.infeasible
      ? null
      : breakoutMonteCarlo(model, options.samples, options.seed, 1);
    points.push({
      month,
      date: projected.date,
      stocksKgU: Object.fromEntries(projected.stocks.map((s) => [s.band, s.kgU])),
      installedMachines: projected.fleet.reduce((sum, g) => sum + g.installedMachines, 0),
      firstQuantityDays: draws && draws.shortFirst === 0 ? band(draws.firstDays) : null,
    });
  }
  return { trend, points };
}
