import type { Rng } from "../../rng.js";
import { capabilityAt, salienceAt } from "../series.js";
import type { ActorInput, ActorTrajectory } from "../types.js";
import { weightedMean } from "../weighted-mean.js";
import { MEASURE_TOLERANCE, MIN_TURNS_BEFORE_STOP } from "./constants.js";
import { ktabRng, parseKtabSeed } from "./ktab-prng.js";
import { SMP_DEFAULTS, type SmpSettings } from "./smp-settings.js";
import { proposeBargains, resolveBargains } from "./turn.js";
import { frameTurn, type SmpActors } from "./turn-frame.js";

/** What one turn saw and did (positions on KTAB's 0–100 scale). */
export interface SmpTurnRecord {
  turn: number;
  /** The probability that each actor's position prevails, at the start of the turn (KTAB's p). */
  prob: number[];
  /** Each actor's risk attitude R at the start of the turn. */
  bigR: number[];
  /** Each actor's challenge (target, its P(win) and gain), or null if no gain exceeds 10⁻⁵. */
  challenges: ({ target: string; pWin: number; gain: number } | null)[];
  bargains: { init: string; rcvr: string; posInit: number[]; posRcvr: number[] }[];
  /** Per actor: its queue's options (null = status quo, else an index in `bargains`) and PCE. */
  queues: { options: (number | null)[]; prob: number[] }[];
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

/** Capabilities and unit-scale saliences in `turn` (series are re-read every turn). */
function unitActors(actors: readonly ActorInput[], nDims: number, turn: number): SmpActors {
  const n = actors.length;
  const cap = new Float64Array(n);
  const sal = new Float64Array(n * nDims);
  actors.forEach((a, i) => {
    cap[i] = capabilityAt(a, turn);
    for (let k = 0; k < nDims; k++) sal[i * nDims + k] = salienceAt(a, k, turn);
  });
  return { n, nDims, cap, sal };
}

/** M(x, y) = Σᵢ ‖xᵢ − yᵢ‖, the actors' Euclidean moves added up (KTAB `SMPModel::stateDist`). */
function stateDistance(x: Float64Array, y: Float64Array, n: number, nDims: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    let sq = 0;
    for (let k = 0; k < nDims; k++) {
      const dx = x[i * nDims + k] - y[i * nDims + k];
      sq += dx * dx;
    }
    total += Math.sqrt(sq);
  }
  return total;
}

/**
 * Runs KTAB's Spatial Model of Politics (docs/actors.md). Positions are on 0–100, saliences in
 * [0, 1] with Σₖ sₖ ≤ 1 per actor, capabilities > 0. After turn s ≥ 2 the run stops once
 * M(state s, state s−1) < `stopRatio`·(M(state 1, state 0) + 10⁻⁴), or after `maxTurns` turns.
 * Capability and salience series are re-read every turn. The stochastic transition draws from
 * `rng` if given (a Monte Carlo's stream), else from KTAB's generator seeded with `prngSeed`.
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
  const draw = settings.stateTransMode === "Stochastic" ? (rng ?? seededDraw(settings)) : undefined;
  const start = new Float64Array(n * nDims);
  actors.forEach((a, i) => {
    for (let k = 0; k < nDims; k++) start[i * nDims + k] = a.position[k] / 100;
  });
  const states: Float64Array[] = [start];
  const turns: SmpTurnRecord[] = [];
  const names = actors.map((a) => a.name);
  let converged = false;
  for (let turn = 1; turn <= settings.maxTurns; turn++) {
    const frame = frameTurn(unitActors(actors, nDims, turn - 1), states[turn - 1], settings);
    const { bargains, challenges } = proposeBargains(frame, settings);
    const { position, queues } = resolveBargains(frame, bargains, settings, draw);
    states.push(position);
    turns.push({
      turn,
      prob: [...frame.prob],
      bigR: [...frame.bigR],
      challenges: challenges.map((c) => (c ? { ...c, target: names[c.target] } : null)),
      bargains: bargains.map((b) => ({
        init: names[b.init],
        rcvr: names[b.rcvr],
        posInit: b.posInit.map((x) => x * 100),
        posRcvr: b.posRcvr.map((x) => x * 100),
      })),
      queues: queues.map(({ options, prob }) => ({ options, prob })),
      chosen: queues.map((q) => q.chosen),
    });
    if (turn >= MIN_TURNS_BEFORE_STOP) {
      const first = stateDistance(states[1], states[0], n, nDims) + MEASURE_TOLERANCE;
      const last = stateDistance(states[turn], states[turn - 1], n, nDims);
      if (last / first < settings.stopRatio) {
        converged = true;
        break;
      }
    }
  }
  return trajectory(actors, dimensions, settings, states, turns, converged);
}

/** KTAB's own generator, for a stochastic run without an external stream. */
function seededDraw(settings: SmpSettings): Rng {
  const seed = parseKtabSeed(settings.prngSeed);
  if (seed === undefined)
    throw new RangeError(`prngSeed: expected an integer 1 … 2^64 − 1, got "${settings.prngSeed}"`);
  return ktabRng(seed);
}

/** The run as every actor model reports it: positions by round on 0–100, means, forecast. */
function trajectory(
  actors: readonly ActorInput[],
  dimensions: readonly string[],
  settings: SmpSettings,
  states: Float64Array[],
  turns: SmpTurnRecord[],
  converged: boolean,
): SmpResult {
  const n = actors.length;
  const nDims = dimensions.length;
  const names = actors.map((a) => a.name);
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
