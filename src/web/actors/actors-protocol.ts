// Messages between the Actors page and its worker.
import type { ActorModelId, ActorsMonteCarlo, ActorTrajectory } from "../../core/index.js";

/** The inputs the page offers: the Iran 2021 analyst judgements and two KTAB examples. */
export const ACTOR_INPUTS = [
  { id: "iran-2021", name: "Iran talks, Vienna, late 2021 (scenarios/iran-2021-actors.yaml)" },
  { id: "ktab-soe-policy", name: "KTAB example: SOE policy (data/ktab/SOE-Policy.csv)" },
  { id: "ktab-3dim", name: "KTAB example: three dimensions (data/ktab/dummyData_3Dim.csv)" },
] as const;
export type ActorInputId = (typeof ACTOR_INPUTS)[number]["id"];

export interface ActorsRequest {
  input: ActorInputId;
  model: ActorModelId;
  draws: number;
  seed: number;
}

export type ActorsReply =
  | {
      stage: "central";
      trajectory: ActorTrajectory;
      file: string;
      modelName: string;
      modelSource: string;
      uncertain: boolean;
    }
  | { stage: "monteCarlo"; monteCarlo: ActorsMonteCarlo };

export const ACTORS_DRAWS = 100;
export const ACTORS_SEED = 1;
