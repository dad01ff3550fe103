import { createRng } from "../rng.js";
// Single modules rather than the uncertain/ barrel: a CSV run loads only what it uses.
import type { Dist } from "../uncertain/dist.js";
import { distQuantile } from "../uncertain/moments.js";
import { sample } from "../uncertain/sample.js";
import { type Summary, summarize } from "../uncertain/summary.js";
import { ACTOR_MODELS, type ActorModelId, type ActorModelSettings } from "./registry.js";
import type { ActorInput, ActorSeriesPoint, ActorSet } from "./types.js";

/** An actor whose capability, positions and saliences may be uncertain. */
export interface UncertainActor {
  name: string;
  capability: Dist;
  position: Dist[];
  /** In [0, 1]. */
  salience: Dist[];
  capabilitySeries?: ActorSeriesPoint[];
  salienceSeries?: (ActorSeriesPoint[] | undefined)[];
}

export interface UncertainActorSet {
  name?: string;
  dimensions: string[];
  actors: UncertainActor[];
  /** The range positions are clipped to after sampling (e.g. 0–100 for SMP). */
  positionRange?: [number, number];
}

const clip = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

/** The actors at their medians (the central case). */
export function centralActors(set: UncertainActorSet): ActorSet {
  return drawActors(set, (d) => distQuantile(d, 0.5));
}

function drawActors(set: UncertainActorSet, value: (d: Dist) => number): ActorSet {
  const [low, high] = set.positionRange ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  const actors: ActorInput[] = set.actors.map((a) => {
    const salience = a.salience.map((d) => clip(value(d), 0, 1));
    const total = salience.reduce((s, x) => s + x, 0);
    return {
      name: a.name,
      capability: Math.max(0, value(a.capability)),
      position: a.position.map((d) => clip(value(d), low, high)),
      // A draw may push the sum over 1; scale it back rather than reject the draw.
      salience: total > 1 ? salience.map((x) => x / total) : salience,
      capabilitySeries: a.capabilitySeries,
      salienceSeries: a.salienceSeries,
    };
  });
  return { name: set.name, dimensions: set.dimensions, actors };
}

export interface ActorsMonteCarlo {
  model: ActorModelId;
  seed: number;
  draws: number;
  /** The model's forecast per dimension over the draws. */
  forecast: Summary[];
  /** Actor name → final position per dimension over the draws. */
  finalPositions: Record<string, Summary[]>;
}

/**
 * The distribution of a model's forecast when inputs are uncertain: `draws` independent draws of
 * every uncertain capability, position and salience, each run through the model. The same seed
 * gives the same numbers (one rng stream, drawn in a fixed order).
 */
export function runActorsMonteCarlo(
  set: UncertainActorSet,
  model: ActorModelId,
  settings: ActorModelSettings,
  draws: number,
  seed: number,
): ActorsMonteCarlo {
  const rng = createRng(seed);
  const info = ACTOR_MODELS[model];
  const nDims = set.dimensions.length;
  const forecasts = Array.from({ length: nDims }, () => new Float64Array(draws));
  const finals = set.actors.map(() => Array.from({ length: nDims }, () => new Float64Array(draws)));
  for (let d = 0; d < draws; d++) {
    const drawn = drawActors(set, (dist) => sample(dist, rng));
    const result = info.run(drawn, settings, rng);
    const last = result.rounds[result.rounds.length - 1];
    for (let k = 0; k < nDims; k++) {
      forecasts[k][d] = result.forecast[k];
      for (let i = 0; i < set.actors.length; i++) finals[i][k][d] = last[i][k];
    }
  }
  const summary = (xs: Float64Array) => summarize(xs) as Summary;
  return {
    model,
    seed,
    draws,
    forecast: forecasts.map(summary),
    finalPositions: Object.fromEntries(set.actors.map((a, i) => [a.name, finals[i].map(summary)])),
  };
}
