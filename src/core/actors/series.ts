import type { ActorInput, ActorSeriesPoint } from "./types.js";

/**
 * The value of a series at `round`: linear between points, flat before the first and after the
 * last. Points need not be sorted. An empty series is `fallback`.
 */
export function seriesValueAt(
  series: readonly ActorSeriesPoint[],
  round: number,
  fallback: number,
) {
  if (series.length === 0) return fallback;
  const sorted = [...series].sort((a, b) => a.round - b.round);
  if (round <= sorted[0].round) return sorted[0].value;
  const last = sorted[sorted.length - 1];
  if (round >= last.round) return last.value;
  let k = 1;
  while (sorted[k].round < round) k++;
  const a = sorted[k - 1];
  const b = sorted[k];
  return a.value + ((b.value - a.value) * (round - a.round)) / (b.round - a.round);
}

/** An actor's capability in `round` (its series if it has one). */
export function capabilityAt(actor: ActorInput, round: number): number {
  return actor.capabilitySeries
    ? seriesValueAt(actor.capabilitySeries, round, actor.capability)
    : actor.capability;
}

/** An actor's salience on dimension `k` in `round` (its series if it has one). */
export function salienceAt(actor: ActorInput, k: number, round: number): number {
  const series = actor.salienceSeries?.[k];
  return series ? seriesValueAt(series, round, actor.salience[k]) : actor.salience[k];
}

/** True when some actor's capability or salience changes over rounds. */
export function hasSeries(actors: readonly ActorInput[]): boolean {
  return actors.some((a) => a.capabilitySeries || a.salienceSeries?.some((s) => s !== undefined));
}
