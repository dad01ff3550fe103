// The public surface of core/actors: multi-actor forecasts (weighted mean and median, the
// expected-utility model, KTAB's Spatial Model of Politics), their inputs and uncertainty.
export { runBaseline } from "./baseline-models.js";
export { BDM_DEFAULTS, type BdmIssue, type BdmSettings } from "./bdm/bdm-settings.js";
export { bdmExpectedUtility, bdmUtilities } from "./bdm/expected-utility.js";
export { type BdmOffer, bdmChooseOffer, bdmOffers } from "./bdm/offers.js";
export { bdmRiskExponents } from "./bdm/risk.js";
export { type BdmResult, type BdmRoundRecord, runBdm } from "./bdm/run-bdm.js";
export { bdmNetVote, bdmProbability, bdmVote, condorcetPosition } from "./bdm/votes.js";
// The zod schemas are exported from core/schemas.ts, so commands that parse no config skip zod.
export type { ActorsConfig, JudgedValue } from "./config-schema.js";
export { type KtabCsvResult, ktabActorSet, parseKtabCsv } from "./ktab-csv.js";
export {
  type ActorsMonteCarlo,
  centralActors,
  runActorsMonteCarlo,
  type UncertainActor,
  type UncertainActorSet,
} from "./monte-carlo.js";
export { type PlainCsvResult, parsePlainCsv } from "./plain-csv.js";
export {
  ACTOR_MODEL_IDS,
  ACTOR_MODELS,
  type ActorModelId,
  type ActorModelInfo,
  type ActorModelSettings,
} from "./registry.js";
export { type ConfigIssue, type ResolvedConfig, resolveActorsConfig } from "./resolve-config.js";
export { capabilityAt, salienceAt, seriesValueAt } from "./series.js";
export { ktabRng, parseKtabSeed } from "./smp/ktab-prng.js";
export { bigRFromProb } from "./smp/risk.js";
export { runSmp, type SmpResult, type SmpTurnRecord } from "./smp/run-smp.js";
export { SMP_CHOICES, SMP_DEFAULTS, type SmpSettings } from "./smp/smp-settings.js";
export type { ActorInput, ActorSeriesPoint, ActorSet, ActorTrajectory } from "./types.js";
export { weightedMean, weightedMedian } from "./weighted-mean.js";
