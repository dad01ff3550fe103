// The report's charts as standalone SVG strings, by name (the API serves them by these names).
import { actorsTrajectoryChart } from "../charts/actors-trajectory.js";
import { bargainingOutcomesChart } from "../charts/bargaining-outcomes.js";
import { calendarTimeline } from "../charts/calendar-timeline.js";
import { reportBreakoutBandChart } from "../charts/report-breakout-band.js";
import { reportTornadoChart } from "../charts/report-tornado.js";
import type { ScenarioResult } from "../core/index.js";

/** The strategy the tornado is drawn for: the first one a claim compares, else the first. */
function featured(result: ScenarioResult) {
  const named = result.claims
    .map((c) => c.inputs.find((i) => i.name === "strategy")?.value)
    .filter((x): x is string => x !== undefined);
  const compare = result.claims.find(
    (c) => c.kind === "deadline" || c.kind === "strike-option" || c.kind === "ratification",
  );
  const name = compare?.inputs.find((i) => i.name === "strategy")?.value ?? named[0];
  return result.strategies.find((s) => s.name === name) ?? result.strategies[0];
}

export function reportCharts(result: ScenarioResult, document: Document): Record<string, string> {
  const source = `${result.scenario.name}; Leverage ${result.appVersion}, data ${result.dataVersion}, seed ${result.seed}`;
  const breakoutClaim = result.claims.find((c) => c.kind === "breakout");
  const threshold = breakoutClaim
    ? Number(/(\d+(\.\d+)?) days/.exec(breakoutClaim.summary)?.[1])
    : undefined;
  const charts: Record<string, string> = {
    "breakout-band": reportBreakoutBandChart(
      result.breakout.points,
      {
        asOf: result.scenario.asOf,
        thresholdDays: Number.isFinite(threshold) ? threshold : undefined,
        source: `IAEA reports (data/iaea-reports.json); ${source}`,
        assumptions:
          "the clock's assumptions in the table below; projection on the trend of the last three reports",
      },
      document,
    ),
    "strategy-outcomes": bargainingOutcomesChart(result.strategies, {}, document),
    tornado: reportTornadoChart(featured(result), { source }, document),
  };
  if (result.actors)
    charts["actor-trajectories"] = actorsTrajectoryChart(
      result.actors.central,
      { source: `${source}; ${result.actors.modelName}`, scenario: result.scenario.name },
      document,
    );
  if (result.legal.clocks.length > 0)
    charts["legal-clocks"] = calendarTimeline(
      {
        clocks: result.legal.clocks.map((c) => c.clock),
        ...(result.legal.deadline ? { deadline: result.legal.deadline } : {}),
      },
      {},
      document,
    );
  return charts;
}
