import type { Rng } from "../../rng.js";
import { MIN_COALITION } from "./constants.js";
import type { SmpSettings } from "./smp-settings.js";
import { victoryProbability, vote } from "./voting.js";

type PceSettings = Pick<SmpSettings, "votingRule" | "victoryProbModel" | "pceModel">;

/**
 * The probabilistic Condorcet election (KTAB `Model::scalarPCE`): actors with weights `w` vote
 * over `nOpt` options; `u[a * nOpt + o]` is actor a's utility of option o. Returns the options'
 * probabilities (summing to 1).
 */
export function pce(w: ArrayLike<number>, u: Float64Array, nOpt: number, s: PceSettings) {
  const nAct = w.length;
  const victory = new Float64Array(nOpt * nOpt).fill(0.5);
  for (let i = 0; i < nOpt; i++) {
    for (let j = 0; j < i; j++) {
      let cij = MIN_COALITION;
      let cji = MIN_COALITION;
      for (let k = 0; k < nAct; k++) {
        const v = vote(s.votingRule, w[k], u[k * nOpt + i], u[k * nOpt + j]);
        if (v > 0) cij += v;
        else if (v < 0) cji -= v;
      }
      const pij = victoryProbability(s.victoryProbModel, cij, cji);
      victory[i * nOpt + j] = pij;
      victory[j * nOpt + i] = 1 - pij;
    }
  }
  if (s.pceModel === "ConditionalPCM") return conditionalPce(victory, nOpt);
  return markovPce(victory, nOpt, s.pceModel === "MarkovIPCM");
}

/** Conditional PCE: pᵢ ∝ Πⱼ Pᵢⱼ (KTAB `Model::condPCE`). */
function conditionalPce(victory: Float64Array, n: number): Float64Array {
  const p = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let pi = 1;
    for (let j = 0; j < n; j++) pi *= victory[i * n + j];
    p[i] = pi;
    sum += pi;
  }
  if (!(sum > 0)) return p.fill(1 / n);
  for (let i = 0; i < n; i++) p[i] /= sum;
  return p;
}

/**
 * Markov PCE (KTAB `Model::markovPCE`, our reading): from the current winner j, a challenger i is
 * drawn (uniformly, or in proportion to its chance Pᵢⱼ for the incentive form) and takes over
 * with probability Pᵢⱼ. Returns the stationary distribution (power iteration to 1e-12).
 */
function markovPce(victory: Float64Array, n: number, incentive: boolean): Float64Array {
  const move = new Float64Array(n * n); // move[j * n + i]: P(state j → i)
  for (let j = 0; j < n; j++) {
    let weightSum = 0;
    for (let i = 0; i < n; i++) if (i !== j) weightSum += incentive ? victory[i * n + j] : 1;
    let leave = 0;
    for (let i = 0; i < n; i++) {
      if (i === j || weightSum <= 0) continue;
      const chosen = (incentive ? victory[i * n + j] : 1) / weightSum;
      move[j * n + i] = chosen * victory[i * n + j];
      leave += move[j * n + i];
    }
    move[j * n + j] = 1 - leave;
  }
  let p = new Float64Array(n).fill(1 / n);
  for (let iter = 0; iter < 10000; iter++) {
    const q = new Float64Array(n);
    for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) q[i] += p[j] * move[j * n + i];
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(q[i] - p[i]);
    p = q;
    if (change < 1e-12) break;
  }
  return p;
}

/** The index of the largest probability (the first on ties), or a draw when `rng` is given. */
export function pickOption(p: ArrayLike<number>, rng?: Rng): number {
  if (rng) {
    let r = rng();
    for (let i = 0; i < p.length; i++) {
      r -= p[i];
      if (r < 0) return i;
    }
    return p.length - 1;
  }
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  return best;
}
