import type { Rng } from "../rng.js";
import { runBaseline } from "./baseline-models.js";
import type { BdmSettings } from "./bdm/bdm-settings.js";
import { runBdm } from "./bdm/run-bdm.js";
import { runSmp } from "./smp/run-smp.js";
import type { SmpSettings } from "./smp/smp-settings.js";
import type { ActorSet, ActorTrajectory } from "./types.js";

export type ActorModelId = "mean" | "median" | "bdm" | "smp";

/** Settings for any model; each model reads its own part. */
export interface ActorModelSettings {
  bdm?: Partial<BdmSettings>;
  smp?: Partial<SmpSettings>;
  /** For the baselines: how many rounds of capability/salience series to evaluate. */
  rounds?: number;
}

/**
 * What a model declares about itself (after OpenSpiel's `_GAME_INFO`), so that one conformance
 * suite can check every model against its own claims.
 */
export interface ActorModelInfo {
  id: ActorModelId;
  name: string;
  source: string;
  /** "each": dimensions are solved one by one; "joint": all at once. */
  dimensions: "each" | "joint";
  /** Positions move over rounds. */
  iterative: boolean;
  /** Positions are on KTAB's 0–100 scale and saliences of an actor sum to at most 1. */
  unitScale: boolean;
  /** Results do not depend on the order in which actors are listed. */
  orderInvariant: boolean;
  /** Every position it produces lies within the range of the initial positions. */
  staysInRange: boolean;
  run: (set: ActorSet, settings?: ActorModelSettings, rng?: Rng) => ActorTrajectory;
}

export const ACTOR_MODELS: Record<ActorModelId, ActorModelInfo> = {
  mean: {
    id: "mean",
    name: "Weighted mean",
    source: "Σ cᵢsᵢxᵢ / Σ cᵢsᵢ (Achen 2006)",
    dimensions: "each",
    iterative: false,
    unitScale: false,
    orderInvariant: true,
    staysInRange: true,
    run: (set, s) => runBaseline("mean", set.actors, set.dimensions, s?.rounds),
  },
  median: {
    id: "median",
    name: "Weighted median",
    source: "The position with half the weight cᵢsᵢ on each side (Black 1948)",
    dimensions: "each",
    iterative: false,
    unitScale: false,
    orderInvariant: true,
    staysInRange: true,
    run: (set, s) => runBaseline("median", set.actors, set.dimensions, s?.rounds),
  },
  bdm: {
    id: "bdm",
    name: "Expected-utility model",
    source: "Bueno de Mesquita 1994; Scholz, Calbert & Smith 2011",
    dimensions: "each",
    iterative: true,
    unitScale: false,
    orderInvariant: true,
    staysInRange: true,
    run: (set, s) => runBdm(set.actors, set.dimensions, s?.bdm),
  },
  smp: {
    id: "smp",
    name: "KTAB Spatial Model of Politics",
    source: "KAPSARC Toolkit for Behavioral Analysis (KTAB), smp app",
    dimensions: "joint",
    iterative: true,
    unitScale: true,
    // Ties between equally likely bargains go to the first listed, as in KTAB.
    orderInvariant: false,
    staysInRange: true,
    run: (set, s, rng) => runSmp(set.actors, set.dimensions, s?.smp, rng),
  },
};

export const ACTOR_MODEL_IDS = Object.keys(ACTOR_MODELS) as ActorModelId[];
