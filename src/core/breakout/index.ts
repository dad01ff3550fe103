// The public surface of core/breakout: from a program state to time-to-quantity estimates.
export { ALTERNATIVE_PATHS, type AlternativePath } from "./alternatives.js";
export { type AssumptionRow, assumptionTable } from "./assumption-table.js";
export {
  type BreakoutAssumptions,
  type BreakoutTarget,
  type CapacityBasis,
  type DrawParameters,
  type ExtraMachines,
  type MachineClass,
  machineClass,
  targetKg,
} from "./assumptions.js";
export {
  DEFAULT_BASIS,
  DEFAULT_PRODUCTION_TAILS,
  DEFAULT_TAILS_RANGE,
  defaultAssumptions,
  machineRates,
} from "./defaults.js";
export {
  DAYS_PER_MONTH,
  drawCascades,
  drawModelParameters,
  drawParameters,
  medianParameters,
  runDraw,
  workProfile,
} from "./draw.js";
export {
  type AlternativeEstimate,
  type BreakoutEstimate,
  type EstimateOptions,
  estimateBreakout,
  type InferredCapacity,
} from "./estimate.js";
export { frontier, type Segment } from "./frontier.js";
export { inferCapacitySwuPerYear } from "./inferred-capacity.js";
export { lowerBound } from "./lower-bound.js";
export { type BreakoutModel, type CompiledRate, compileBreakout } from "./model.js";
export {
  type Band,
  BREAKOUT_CHUNK,
  type BreakoutDraws,
  band,
  breakoutChunk,
  breakoutChunks,
  breakoutMonteCarlo,
  mergeDraws,
} from "./monte-carlo.js";
export { type BreakoutPlan, describePlan, type PlanFeed } from "./plan.js";
export {
  fitTrend,
  type ProjectedPoint,
  projectBreakout,
  projectState,
  TREND_REPORTS,
  type Trend,
} from "./projection.js";
export { chainSteps, feedRoutes } from "./routes.js";
