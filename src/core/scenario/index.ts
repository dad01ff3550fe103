// The public surface of core/scenario (zod-free): resolving a validated scenario against the data,
// running it, and checking its claims. The zod schemas and `parseScenario` are in core/schemas.ts.
export type { ActorsRun } from "./actors-run.js";
export type { ClaimCheck, ClaimSpec } from "./claim-schema.js";
export { shareOfDraws } from "./claims/breakout-claims.js";
export {
  type ClaimDriver,
  type ClaimResult,
  topDrivers,
  type Verdict,
  verdictOf,
} from "./claims/claim-result.js";
export { probeName } from "./claims/evaluate-claims.js";
export { pFirstDealRejected } from "./claims/ratification-failure.js";
export type { ClockPoint, ClockRun } from "./clock-run.js";
export { SERIES_INPUT } from "./game-run.js";
export { type GameSeries, gameSeries } from "./game-series.js";
export { type JudgementRow, judgementRows } from "./judgement-rows.js";
export type { LegalClocksRun, ScenarioClock } from "./legal-clocks.js";
export type { ParseScenarioResult, Scenario, ScenarioIssue } from "./parse-scenario.js";
export {
  dataRange,
  type ResolvedScenario,
  type ResolveScenarioResult,
  resolveScenario,
  type ScenarioData,
  type ScenarioEvent,
} from "./resolve-scenario.js";
export {
  type RunScenarioOptions,
  runScenario,
  type ScenarioResult,
  scenarioTableConfig,
} from "./run-scenario.js";
export type { ScenarioFile, ScenarioInput } from "./scenario-schema.js";
export {
  pDealBy as scenarioPDealBy,
  pWeakDealOrDelay,
  usUtility as scenarioUsUtility,
} from "./strategy-metrics.js";
