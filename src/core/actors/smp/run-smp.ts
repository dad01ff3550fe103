import type { Rng } from "../../rng.js";
import { capabilityAt, salienceAt } from "../series.js";
import type { ActorInput, ActorTrajectory } from "../types.js";
import { weightedMean } from "../weighted-mean.js";
import { MEASURE_TOLERANCE, MIN_TURNS_BEFORE_STOP } from "./constants.js";
import { SMP_DEFAULTS, type SmpSettings } from "./smp-settings.js";
import { frameTurn, proposeBargains, resolveBargains, type SmpActors } from "./turn.js";

/** What one turn saw and did (positions on KTAB's 0–100 scale). */
export interface SmpTurnRecord {
  turn: number;
  /** The probability that each actor's position prevails, at the start of the turn. */
  prob: number[];
  /** Each actor's risk attitude R at the start of the turn. */
  bigR: number[];
  bargains: { init: string; rcvr: string; posInit: number[]; posRcvr: number[] }[];
  /** Per actor: the index (in `bargains`) of the bargain it carried out, or null (status quo). */
  chosen: (number | null)[];
}

export interface SmpResult extends ActorTrajectory {
  model: "smp";
  settings: SmpSettings;
  /** The number of states, as KTAB counts them: the initial state plus one per turn. */
  states: number;
  turns: SmpTurnRecord[];
  /** Actor name → final position per dimension, 0–100. */
  finalPositions: Record<string, number[]>;
}

function unitActors(actors: readonly ActorInput[], nDims: number, turn: number): SmpActors {
  const n = actors.length;
  const cap = new Float64Array(n);
  const sal = new Float64Array(n * nDims);
  const ideal = new Float64Array(n * nDims);
  actors.forEach((a, i) => {
    cap[i] = capabilityAt(a, turn);
    for (let k = 0; k < nDims; k++) {
      sal[i * nDims + k] = salienceAt(a, k, turn);
      ideal[i * nDims + k] = a.position[k] / 100;
    }
  });
  return { n, nDims, cap, sal, ideal };
}

/** Σᵢ ‖xᵢ − yᵢ‖ (KTAB `SMPModel::stateDist`). */
function stateDistance(x: Float64Array, y: Float64Array, n: number, nDims: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    let sq = 0;
    for (let k = 0; k < nDims; k++) sq += (x[i * nDims + k] - y[i * nDims + k]) ** 2;
    total += Math.sqrt(sq);
  }
  return total;
}

/**
 * Runs KTAB's Spatial Model of Politics. Positions are on 0–100 (KTAB's scale), saliences in
 * [0, 1] with Σₖ sₖ ≤ 1 per actor, capabilities > 0. Turns repeat until a turn moves positions by
 * less than `stopRatio` of the first turn's movement (after turn 2) or `maxTurns` is reached.
 * Capability and salience series are re-read every turn. `rng` is used only by the stochastic
 * state transition.
 */
export function runSmp(
  actors: readonly ActorInput[],
  dimensions: readonly string[],
  options: Partial<SmpSettings> = {},
  rng?: Rng,
): SmpResult {
  const settings = { ...SMP_DEFAULTS, ...options } satisfies SmpSettings;
  const nDims = dimensions.length;
  const n = actors.length;
  const states: Float64Array[] = [unitActors(actors, nDims, 0).ideal];
  const turns: SmpTurnRecord[] = [];
  const names = actors.map((a) => a.name);
  let converged = false;
  for (let turn = 1; turn <= settings.maxTurns; turn++) {
    const frame = frameTurn(unitActors(actors, nDims, turn - 1), states[turn - 1], settings);
    const bargains = proposeBargains(frame, settings);
    const { position, chosen } = resolveBargains(frame, bargains, settings, rng);
    states.push(position);
    turns.push({
      turn,
      prob: [...frame.prob],
      bigR: [...frame.bigR],
      bargains: bargains.map((b) => ({
        init: names[b.init],
        rcvr: names[b.rcvr],
        posInit: b.posInit.map((x) => x * 100),
        posRcvr: b.posRcvr.map((x) => x * 100),
      })),
      chosen,
    });
    if (turn >= MIN_TURNS_BEFORE_STOP) {
      const first = stateDistance(states[0], states[1], n, nDims) + MEASURE_TOLERANCE;
      const last = stateDistance(states[turn - 1], states[turn], n, nDims);
      if (last / first < settings.stopRatio) {
        converged = true;
        break;
      }
    }
  }
  const rounds = states.map((st) =>
    Array.from({ length: n }, (_, i) =>
      Array.from({ length: nDims }, (_, k) => st[i * nDims + k] * 100),
    ),
  );
  const meanByRound = rounds.map((r, t) =>
    dimensions.map((_, k) =>
      weightedMean(
        actors,
        k,
        t,
        r.map((p) => p[k]),
      ),
    ),
  );
  const final = rounds[rounds.length - 1];
  return {
    model: "smp",
    settings,
    dimensions: [...dimensions],
    actorNames: names,
    rounds,
    meanByRound,
    forecast: meanByRound[meanByRound.length - 1],
    converged,
    states: states.length,
    turns,
    finalPositions: Object.fromEntries(names.map((name, i) => [name, final[i]])),
  };
}
