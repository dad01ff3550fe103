// The public surface of core/uncertain: uncertain quantities, sampling and summaries.
export type { DistResult } from "./check.js";
export { checkDist } from "./check.js";
export { Z90 } from "./constants.js";
export type { Dist } from "./dist.js";
export {
  beta,
  DIST_KINDS,
  normal,
  normalFrom90,
  point,
  to,
  triangular,
  uniform,
} from "./dist.js";
export { distMean, distQuantile, distSd } from "./moments.js";
export { normalQuantile } from "./normal-quantile.js";
export { formatDist, parseDist } from "./parse.js";
export { sample, sampleN } from "./sample.js";
export type { EmptySummary, Summary } from "./summary.js";
export { quantile, quantileSorted, quantiles, summarize } from "./summary.js";
