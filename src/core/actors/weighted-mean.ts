import { capabilityAt, salienceAt } from "./series.js";
import type { ActorInput } from "./types.js";

/**
 * The weighted mean μ = Σ cᵢsᵢxᵢ / Σ cᵢsᵢ on dimension `k` (table.md §3; Achen 2006 finds it
 * forecasts EU decisions as well as the expected-utility model). `positions` overrides the
 * actors' own positions (for later rounds). Returns the plain mean when all weights are zero.
 */
export function weightedMean(
  actors: readonly ActorInput[],
  k: number,
  round = 0,
  positions?: readonly number[],
): number {
  let sum = 0;
  let weight = 0;
  for (let i = 0; i < actors.length; i++) {
    const w = capabilityAt(actors[i], round) * salienceAt(actors[i], k, round);
    sum += w * (positions ? positions[i] : actors[i].position[k]);
    weight += w;
  }
  if (weight > 0) return sum / weight;
  const xs = positions ?? actors.map((a) => a.position[k]);
  return xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
}

/**
 * The weighted median on dimension `k`: the smallest position at which the cumulative weight
 * cᵢsᵢ reaches half the total (the position a majority of weighted votes cannot beat in 1-D).
 */
export function weightedMedian(
  actors: readonly ActorInput[],
  k: number,
  round = 0,
  positions?: readonly number[],
): number {
  const items = actors.map((a, i) => ({
    x: positions ? positions[i] : a.position[k],
    w: capabilityAt(a, round) * salienceAt(a, k, round),
  }));
  items.sort((a, b) => a.x - b.x);
  const total = items.reduce((s, it) => s + it.w, 0);
  if (total <= 0) return items[Math.floor((items.length - 1) / 2)].x;
  let cumulative = 0;
  for (const it of items) {
    cumulative += it.w;
    if (cumulative >= total / 2 - 1e-12 * total) return it.x;
  }
  return items[items.length - 1].x;
}
