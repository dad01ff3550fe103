// The pure orchestrator of a scenario run: the clock, the series it gives the game, every strategy
// (through any executor), the actors, the legal clocks, then the claims. No I/O: the caller loads
// the data, picks the executor (in-process or a worker pool) and writes the files.

import type { ActorsMonteCarlo, ActorTrajectory } from "../actors/index.js";
import {
  type BargainingConfig,
  type BargainingExecutor,
  type BargainingTally,
  bargainingConfigHash,
  inProcessExecutor,
  type StrategyResult,
  summarizeBargainingStrategy,
} from "../bargaining/index.js";
import type { AssumptionRow, BreakoutEstimate } from "../breakout/index.js";
import { type ActorsRun, runActors } from "./actors-run.js";
import type { ClaimResult } from "./claims/claim-result.js";
import { evaluateClaims, probeName } from "./claims/evaluate-claims.js";
import { gameInputLabel } from "./claims/game-value.js";
import { type ClockPoint, monthsToCover, runClock } from "./clock-run.js";
import { daysBetweenIso } from "./dates.js";
import { type GameTallies, runGameBatches } from "./game-run.js";
import { type GameSeries, gameSeries } from "./game-series.js";
import type { JudgementRow } from "./judgement-rows.js";
import { type LegalClocksRun, runLegalClocks } from "./legal-clocks.js";
import type { ResolvedScenario, ScenarioEvent } from "./resolve-scenario.js";

export interface RunScenarioOptions {
  /** Overrides the scenario's `samples` / `seed`. */
  samples?: number;
  seed?: number;
  /** Recorded in the result. */
  appVersion: string;
  /** Runs the bargaining chunks; default in this thread. */
  executor?: BargainingExecutor;
  /** Called as work finishes: a stage name and the share of the whole run done (0–1). */
  onProgress?: (stage: string, fraction: number) => void;
}

/** Everything a run gives: `result.json`. Plain data; the same inputs give the same bytes. */
export interface ScenarioResult {
  scenario: {
    name: string;
    description?: string;
    asOf: string;
    deadline: string | null;
    note?: string;
    source?: string;
  };
  claims: ClaimResult[];
  breakout: {
    estimate: BreakoutEstimate;
    /** Past reports, the scenario's state and the projection. */
    points: ClockPoint[];
    /** The series that drove the game, in weeks from its start. */
    series: GameSeries;
    seriesSource: "clock" | "scenario";
  };
  strategies: StrategyResult[];
  /** Strategies the claims added (e.g. direct talks), not part of the comparison. */
  probes: StrategyResult[];
  actors: {
    model: string;
    modelName: string;
    dimensions: string[];
    central: ActorTrajectory;
    monteCarlo: ActorsMonteCarlo | null;
  } | null;
  legal: LegalClocksRun;
  events: ScenarioEvent[];
  assumptions: { breakout: AssumptionRow[]; inputs: JudgementRow[] };
  warnings: string[];
  seed: number;
  samples: number;
  sensitivitySamples: number;
  dataVersion: string;
  appVersion: string;
}

/** The table config the run plays: the clock's series in place, plus the claims' probe strategies. */
export function scenarioTableConfig(
  resolved: ResolvedScenario,
  series: GameSeries | null,
): BargainingConfig {
  const { scenario } = resolved;
  const base = scenario.table;
  const probes = scenario.claims.flatMap((c) => {
    if (c.check.kind !== "talk-frequency") return [];
    const { strategy, everyWeeks } = c.check;
    const s = base.strategies.find((x) => x.name === strategy);
    return s ? [{ ...s, name: probeName(strategy, everyWeeks), everyWeeks }] : [];
  });
  const unique = probes.filter((p, i) => probes.findIndex((q) => q.name === p.name) === i);
  return {
    game: series ? { ...base.game, seriesWeeks: series.p50 } : base.game,
    strategies: [...base.strategies, ...unique],
  };
}

/** The US expected utility (share of the pie) of a tally: what claims 4, 7, 8 and 9 compare. */
const usUtility = (tally: BargainingTally) => (tally.draws > 0 ? tally.utilityUs / tally.draws : 0);

// The report's tornado measures the US expected utility: P(deal) is often 100 % whatever the
// input under a deadline, which makes a flat, uninformative tornado.
function withTornado(result: StrategyResult, s: number, game: GameTallies): StrategyResult {
  const rows = game.inputs[s].map(({ path, low, high }) => ({
    input: gameInputLabel(path),
    low,
    high,
    metricAtLow: usUtility(game.pinned[s][path][0]),
    metricAtHigh: usUtility(game.pinned[s][path][1]),
  }));
  rows.sort(
    (a, b) => Math.abs(b.metricAtHigh - b.metricAtLow) - Math.abs(a.metricAtHigh - a.metricAtLow),
  );
  return {
    ...result,
    tornado: {
      metric: "US expected utility (share of the pie)",
      base: usUtility(game.base[s]),
      rows,
      percent: false,
    },
  };
}

export async function runScenario(
  resolved: ResolvedScenario,
  options: RunScenarioOptions,
): Promise<ScenarioResult> {
  const { scenario } = resolved;
  const samples = options.samples ?? scenario.samples;
  const seed = options.seed ?? scenario.seed;
  const sensitivitySamples = Math.min(
    samples,
    scenario.sensitivitySamples ?? Math.max(200, Math.ceil(samples / 4)),
  );
  const progress = options.onProgress ?? (() => {});
  const start = scenario.table.game.start ?? scenario.asOf;
  const horizonDays =
    Math.max(0, daysBetweenIso(resolved.state.date, start)) + 7 * scenario.table.game.horizonWeeks;

  progress("clock", 0);
  const clock = runClock(resolved.state, resolved.trendStates, resolved.assumptions, {
    samples,
    seed,
    months: monthsToCover(horizonDays),
    userSet: resolved.userSet,
  });
  progress("clock", 0.15);
  const clockSeries = gameSeries(clock.points, start, scenario.table.game.breakout.referenceDays);
  const series = scenario.seriesFromClock ? clockSeries : null;
  const config = scenarioTableConfig(resolved, series);
  const game = await runGameBatches(
    config,
    series,
    { samples, sensitivitySamples, seed },
    options.executor ?? inProcessExecutor,
    (done, total) => progress("table", 0.15 + (0.7 * done) / total),
  );
  const actors: ActorsRun | null =
    scenario.actors && resolved.actorSet
      ? runActors(scenario.actors, resolved.actorSet.set, resolved.actorSet.uncertain, seed)
      : null;
  progress("actors", 0.88);
  const legal = runLegalClocks(scenario);
  const claims = evaluateClaims(
    { resolved, config, clock, game, actors, samples, sensitivitySamples, seed },
    scenario.claims,
  );
  progress("claims", 1);
  const hash = bargainingConfigHash(config);
  const results = config.strategies.map((_, s) =>
    withTornado(summarizeBargainingStrategy(config, s, game.main[s], seed, hash), s, game),
  );
  const n = scenario.table.strategies.length;
  const seriesOfFile = {
    p5: config.game.seriesWeeks,
    p50: config.game.seriesWeeks,
    p95: config.game.seriesWeeks,
  };
  return {
    scenario: {
      name: scenario.name,
      ...(scenario.description ? { description: scenario.description } : {}),
      asOf: scenario.asOf,
      deadline: scenario.deadline ?? null,
      ...(scenario.note ? { note: scenario.note } : {}),
      ...(scenario.source ? { source: scenario.source } : {}),
    },
    claims,
    breakout: {
      estimate: clock.estimate,
      points: clock.points,
      series: series ?? seriesOfFile,
      seriesSource: series ? "clock" : "scenario",
    },
    strategies: results.slice(0, n),
    probes: results.slice(n),
    actors: actors && {
      model: actors.model,
      modelName: actors.modelName,
      dimensions: actors.dimensionIds,
      central: actors.central,
      monteCarlo: actors.monteCarlo,
    },
    legal,
    events: resolved.events,
    assumptions: { breakout: clock.estimate.assumptions, inputs: scenario.judgements },
    warnings: [...resolved.warnings, ...clock.estimate.warnings],
    seed,
    samples,
    sensitivitySamples,
    dataVersion: resolved.dataVersion,
    appVersion: options.appVersion,
  };
}
