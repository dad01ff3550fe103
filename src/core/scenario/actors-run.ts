// The actors' part of a scenario run: the model on the central inputs and, when inputs are
// uncertain, its Monte Carlo.
import {
  ACTOR_MODELS,
  type ActorModelId,
  type ActorModelSettings,
  type ActorsMonteCarlo,
  type ActorTrajectory,
  centralActors,
  resolveActorsConfig,
  runActorsMonteCarlo,
  type UncertainActorSet,
} from "../actors/index.js";
import type { ScenarioIssue } from "./parse-scenario.js";
import type { ScenarioFile } from "./scenario-schema.js";

export interface ActorsRun {
  model: ActorModelId;
  modelName: string;
  dimensionIds: string[];
  set: UncertainActorSet;
  settings: ActorModelSettings;
  central: ActorTrajectory;
  monteCarlo: ActorsMonteCarlo | null;
}

/** Resolves the actors section (issues carry paths under `actors`) into the model's inputs. */
export function actorsInputs(
  actors: NonNullable<ScenarioFile["actors"]>,
):
  | { ok: true; set: UncertainActorSet; uncertain: boolean }
  | { ok: false; issues: ScenarioIssue[] } {
  const { model: _m, draws: _d, note: _n, source: _s, ...config } = actors;
  const resolved = resolveActorsConfig(config);
  if (!resolved.ok)
    return {
      ok: false,
      issues: resolved.issues.map((i) => ({ path: ["actors", ...i.path], message: i.message })),
    };
  return { ok: true, set: resolved.value, uncertain: resolved.value.uncertain };
}

export function runActors(
  actors: NonNullable<ScenarioFile["actors"]>,
  set: UncertainActorSet,
  uncertain: boolean,
  seed: number,
): ActorsRun {
  const settings: ActorModelSettings = { smp: actors.settings?.smp, bdm: actors.settings?.bdm };
  const info = ACTOR_MODELS[actors.model];
  return {
    model: actors.model,
    modelName: info.name,
    dimensionIds: actors.dimensions.map((d) => d.id),
    set,
    settings,
    central: info.run(centralActors(set), settings),
    monteCarlo:
      uncertain && actors.draws > 0
        ? runActorsMonteCarlo(set, actors.model, settings, actors.draws, seed)
        : null,
  };
}
