import { hasSeries } from "./series.js";
import type { ActorInput, ActorTrajectory } from "./types.js";
import { weightedMean, weightedMedian } from "./weighted-mean.js";

/**
 * The two baselines as trajectories: positions never move, but capability and salience series
 * can still move the mean or median, so it is evaluated at every round up to `rounds` (or the
 * last round of any series).
 */
export function runBaseline(
  kind: "mean" | "median",
  actors: readonly ActorInput[],
  dimensions: readonly string[],
  rounds = 0,
): ActorTrajectory {
  const lastSeriesRound = Math.max(
    0,
    ...actors.flatMap((a) => [
      ...(a.capabilitySeries ?? []).map((p) => p.round),
      ...(a.salienceSeries ?? []).flatMap((s) => (s ?? []).map((p) => p.round)),
    ]),
  );
  const nRounds = hasSeries(actors) ? Math.max(rounds, lastSeriesRound) : 0;
  const positions = actors.map((a) => [...a.position]);
  const statistic = kind === "mean" ? weightedMean : weightedMedian;
  const meanByRound = Array.from({ length: nRounds + 1 }, (_, t) =>
    dimensions.map((_, k) => statistic(actors, k, t)),
  );
  return {
    model: kind,
    dimensions: [...dimensions],
    actorNames: actors.map((a) => a.name),
    rounds: meanByRound.map(() => positions.map((p) => [...p])),
    meanByRound,
    forecast: meanByRound[meanByRound.length - 1],
    converged: true,
  };
}
