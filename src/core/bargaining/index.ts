// The public surface of core/bargaining: closed forms (and their registry), the dynamic game, and
// its Monte Carlo.
export {
  outsideOptionShare,
  rubinsteinShare,
  stahlShare,
  stahlShareCommon,
} from "./alternating-offers.js";
// The zod schemas are exported from core/schemas.ts, so commands that parse no config skip zod.
export type { BargainingConfig, BargainingStrategyConfig } from "./config-schema.js";
export {
  bayesianCredibility,
  type CredibilityPath,
  fixedDecayCredibility,
  posteriorAfterSlip,
} from "./credibility.js";
export {
  audienceCostThreshold,
  fearonRange,
  type PowellCheck,
  powellCondition,
  riskReturnOffer,
} from "./crisis-bargaining.js";
export {
  type DeadlineScreening,
  type DeadlineScreeningInput,
  deadlineScreening,
} from "./deadline-screening.js";
export { type DealTerms, iranProposal, ratifyProbability, usProposal } from "./deal-terms.js";
export {
  type DetectionEquilibrium,
  type DetectionInput,
  detectionEquilibrium,
  detectionProbability,
} from "./detection.js";
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
export { BARGAINING_MODELS, GAME_REDUCTIONS, LONG_HORIZON_WEEKS } from "./game-reductions.js";
export { type ChainStoreStage, chainStore, type EntrantAction } from "./kreps-wilson.js";
export { breakoutAtWeeks, leverageFromBreakout, type SeriesPoint } from "./leverage.js";
export {
  describeInput,
  evaluateModel,
  findModel,
  listModels,
  type ModelEvaluation,
  type ModelResult,
  modelResultJson,
  type RawModelInput,
} from "./model-evaluate.js";
export { CLOSED_FORMS, MODEL_REGISTRY } from "./model-registry.js";
export type {
  BargainingModelInfo,
  BargainingVector,
  ClosedFormModel,
  ModelInputSpec,
  ModelInputValue,
  ModelOutputSpec,
  ModelOutputValue,
  ModelVector,
} from "./model-types.js";
export {
  type BargainingChunkTask,
  type BargainingTally,
  bargainingChunks,
  emptyBargainingTally,
  mergeBargainingTallies,
  runBargainingChunk,
} from "./monte-carlo.js";
export { nashSplit } from "./nash-split.js";
export { type PowellKStep, powellKStep } from "./powell-kstep.js";
export { type RatificationOffer, ratificationOffer } from "./ratification.js";
export { type RatificationLearning, ratificationLearning } from "./ratification-learning.js";
export { type Reputation, type ReputationInput, reputation } from "./reputation.js";
export { type DrawInput, resolveGameDraw, rngDraw, uncertainInputs } from "./resolve-draw.js";
export {
  type BargainingExecutor,
  inProcessExecutor,
  type RunTableOptions,
  runBargainingTable,
} from "./run-table.js";
export {
  expectedDelayRounds,
  infiniteSkimming,
  pNoDealAfterRounds,
  pNoDealAfterWeeks,
  type ScreeningPathRound,
  type SkimmingStage,
  type SpacedScreening,
  skimmingStages,
  spacedScreening,
  twoRoundScreening,
  uniformScreeningPath,
} from "./screening.js";
export {
  priorFromResolve,
  type ScreeningProblem,
  type ScreeningRound,
  type ScreeningSolution,
  solveScreening,
  type TypePrior,
} from "./screening-solve.js";
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
