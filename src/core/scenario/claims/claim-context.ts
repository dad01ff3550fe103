// What every claim check reads: the resolved scenario and the engines' results.
import type { BargainingConfig } from "../../bargaining/index.js";
import type { ActorsRun } from "../actors-run.js";
import type { ClockRun } from "../clock-run.js";
import type { GameTallies } from "../game-run.js";
import type { ResolvedScenario } from "../resolve-scenario.js";

export interface ClaimContext {
  resolved: ResolvedScenario;
  /** The table config with the clock's series and any probe strategies appended. */
  config: BargainingConfig;
  clock: ClockRun;
  game: GameTallies;
  actors: ActorsRun | null;
  samples: number;
  sensitivitySamples: number;
  seed: number;
  /** The claim's own thresholds, when the scenario gives them. */
  thresholds?: { holds: number; weakly: number };
}
