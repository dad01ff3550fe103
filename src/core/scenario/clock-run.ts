// The clock's part of a scenario run: the estimate at the scenario's state, the raw first-quantity
// draws (for claim checks), the projection over the game's horizon and the band by past report.
import {
  type Band,
  type BreakoutAssumptions,
  type BreakoutEstimate,
  band,
  breakoutMonteCarlo,
  compileBreakout,
  DAYS_PER_MONTH,
  estimateBreakout,
  type ProjectedPoint,
  projectBreakout,
} from "../breakout/index.js";
import type { ProgramState } from "../program/index.js";

/** Draws per projected month and per past report: a trend line and a backdrop, not a precise band. */
export const PROJECTION_SAMPLES = 500;
export const HISTORY_SAMPLES = 300;

export interface ClockPoint {
  label: string;
  date: string;
  days: Band | null;
  kind: "report" | "scenario" | "projected";
}

export interface ClockRun {
  estimate: BreakoutEstimate;
  /** Days to the first quantity in each draw; Infinity where the stocks fall short. */
  firstDays: number[];
  projection: ProjectedPoint[];
  /** Past reports, the scenario's state, then the projection: the band over time. */
  points: ClockPoint[];
}

/** Months from `state.date` that cover `days` more days. */
export const monthsToCover = (days: number) => Math.max(1, Math.ceil(days / DAYS_PER_MONTH) + 1);

export function runClock(
  state: ProgramState,
  trendStates: ProgramState[],
  assumptions: BreakoutAssumptions,
  options: { samples: number; seed: number; months: number; userSet: string[] },
): ClockRun {
  const estimate = estimateBreakout(state, assumptions, {
    samples: options.samples,
    seed: options.seed,
    quantities: 3,
    userSet: new Set(options.userSet),
    alternativeSamples: 200,
  });
  const model = compileBreakout(state, assumptions);
  const draws = model.infeasible
    ? null
    : breakoutMonteCarlo(model, options.samples, options.seed, 1);
  const firstDays = draws
    ? [...draws.firstDays, ...new Array<number>(draws.shortFirst).fill(Number.POSITIVE_INFINITY)]
    : new Array<number>(options.samples).fill(Number.POSITIVE_INFINITY);
  const { points: projection } = projectBreakout(trendStates, trendStates.length - 1, assumptions, {
    months: options.months,
    samples: PROJECTION_SAMPLES,
    seed: options.seed,
  });
  const history = trendStates.slice(0, -1).map((s): ClockPoint => {
    const m = compileBreakout(s, assumptions);
    const d = m.infeasible ? null : breakoutMonteCarlo(m, HISTORY_SAMPLES, options.seed, 1);
    return {
      label: s.label,
      date: s.date,
      days: d && d.shortFirst === 0 ? band(d.firstDays) : null,
      kind: "report",
    };
  });
  return {
    estimate,
    firstDays,
    projection,
    points: [
      ...history,
      { label: state.label, date: state.date, days: estimate.firstQuantityDays, kind: "scenario" },
      ...projection.map(
        (p): ClockPoint => ({
          label: `+${p.month} mo`,
          date: p.date,
          days: p.firstQuantityDays,
          kind: "projected",
        }),
      ),
    ],
  };
}
