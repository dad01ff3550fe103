// The public surface of core/bargaining: closed forms, the dynamic game, and its Monte Carlo.
export {
  outsideOptionShare,
  rubinsteinShare,
  stahlShare,
  stahlShareCommon,
} from "./alternating-offers.js";
// The zod schemas are exported from core/schemas.ts, so commands that parse no config skip zod.
export type { BargainingConfig, BargainingStrategyConfig } from "./config-schema.js";
export {
  audienceCostThreshold,
  fearonRange,
  type PowellCheck,
  powellCondition,
  riskReturnOffer,
} from "./crisis-bargaining.js";
export { type DealTerms, iranProposal, ratifyProbability, usProposal } from "./deal-terms.js";
export { type FieldRange, RANGES as BARGAINING_RANGES } from "./field-ranges.js";
export { bargainingGame, commonBelief } from "./game-defaults.js";
export {
  bargainingOutcomes,
  emptyPathOutcome,
  type OutcomeDistribution,
  type PathOutcome,
  powellAtWeek,
  simulateBargainingPath,
} from "./game-outcomes.js";
export type {
  BeliefParams,
  DeadlineParams,
  GameParams,
  OptionParams,
  ProtocolParams,
  Side,
} from "./game-params.js";
export { GAME_REDUCTIONS, LONG_HORIZON_WEEKS } from "./game-reductions.js";
export { breakoutAtWeeks, leverageFromBreakout, type SeriesPoint } from "./leverage.js";
export {
  BARGAINING_MODELS,
  type BargainingModelInfo,
  type BargainingVector,
  CLOSED_FORMS,
} from "./model-registry.js";
export {
  type BargainingChunkTask,
  type BargainingTally,
  bargainingChunks,
  emptyBargainingTally,
  mergeBargainingTallies,
  runBargainingChunk,
} from "./monte-carlo.js";
export { nashSplit } from "./nash-split.js";
export { type RatificationOffer, ratificationOffer } from "./ratification.js";
export { type DrawInput, resolveGameDraw, rngDraw, uncertainInputs } from "./resolve-draw.js";
export {
  type BargainingExecutor,
  inProcessExecutor,
  type RunTableOptions,
  runBargainingTable,
} from "./run-table.js";
export {
  BARGAINING_ACTION,
  type GamePlan,
  type SolveResult,
  solveBargainingGame,
} from "./solve-game.js";
export { solveBargainingToConvergence } from "./solve-to-convergence.js";
export {
  bargainingConfigHash,
  type Percentiles,
  pDealByWeekFromTally,
  type StrategyResult,
  summarizeBargainingStrategy,
  type TornadoRow,
} from "./strategy-summary.js";
