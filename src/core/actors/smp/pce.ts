import {
  MARKOV_INCENTIVE_TOLERANCE,
  MARKOV_MAX_ITERATIONS,
  MARKOV_UNIFORM_TOLERANCE,
  MIN_COALITION,
  SELF_INCENTIVE,
} from "./constants.js";
import type { SmpSettings } from "./smp-settings.js";
import { victoryOdds, voter } from "./voting.js";

type PceSettings = Pick<SmpSettings, "votingRule" | "victoryProbModel" | "pceModel">;

/**
 * Coalition strengths and victory probabilities over `nOpt` options (KTAB `Model::coalitions`,
 * `Model::vProb`): voters with weights `w`, `u[e * nOpt + o]` voter e's utility of option o.
 * For each pair a > b (the higher index first, which matters only for ASymProsp) every voter
 * votes for a over b; C(a→b) = 10⁻⁸ + the positive votes, C(b→a) = 10⁻⁸ + the negated negative
 * ones. `strength[a * nOpt + b]` = C(a→b) (10⁻⁸ on the diagonal); `victory[a * nOpt + b]` =
 * P(a beats b) (½ on the diagonal).
 */
export function contests(w: ArrayLike<number>, u: Float64Array, nOpt: number, s: PceSettings) {
  const nVoters = w.length;
  const strength = new Float64Array(nOpt * nOpt).fill(MIN_COALITION);
  const victory = new Float64Array(nOpt * nOpt).fill(0.5);
  const odds = new Float64Array(2);
  const vote = voter(s.votingRule);
  for (let a = 0; a < nOpt; a++) {
    for (let b = 0; b < a; b++) {
      let cab = MIN_COALITION;
      let cba = MIN_COALITION;
      for (let e = 0; e < nVoters; e++) {
        const v = vote(w[e], u[e * nOpt + a], u[e * nOpt + b]);
        if (v > 0) cab += v;
        else if (v < 0) cba -= v;
      }
      strength[a * nOpt + b] = cab;
      strength[b * nOpt + a] = cba;
      victoryOdds(s.victoryProbModel, cab, cba, odds);
      victory[a * nOpt + b] = odds[0];
      victory[b * nOpt + a] = odds[1];
    }
  }
  return { strength, victory };
}

/**
 * The probabilistic Condorcet election (KTAB `Model::scalarPCE`): the probability that each of
 * `nOpt` options prevails when voters with weights `w` and utilities `u` (see `contests`) vote.
 */
export function pce(w: ArrayLike<number>, u: Float64Array, nOpt: number, s: PceSettings) {
  const { strength, victory } = contests(w, u, nOpt, s);
  if (s.pceModel === "ConditionalPCM") return conditionalPce(victory, nOpt);
  if (s.pceModel === "MarkovIPCM") return markovIncentivePce(strength, victory, nOpt);
  return markovUniformPce(victory, nOpt);
}

/** Conditional PCE: pₐ = Πᵦ P(a beats b), the diagonal ½ included, normalised (KTAB condPCE). */
function conditionalPce(victory: Float64Array, m: number): Float64Array {
  const p = new Float64Array(m);
  let sum = 0;
  for (let a = 0; a < m; a++) {
    let pa = 1;
    for (let b = 0; b < m; b++) pa *= victory[a * m + b];
    p[a] = pa;
    sum += pa;
  }
  // Guard only: every factor is ≥ 10⁻⁸/(1 + 10⁻⁸)-ish, so the sum underflows only for huge inputs.
  if (!(sum > 0)) return p.fill(1 / m);
  for (let a = 0; a < m; a++) p[a] /= sum;
  return p;
}

/**
 * Incentive Markov PCE (KTAB `Model::markovIncentivePCE`): from the incumbent b, a challenger a
 * (b itself included) is drawn with probability Q(a,b) ∝ I(a,b) = C(a→b)·P(a beats b)
 * (+10⁻¹⁰ on the diagonal) and wins with P(a beats b). KTAB's iteration, damped by ½, stopped
 * once no probability changes by more than 10⁻⁸.
 */
function markovIncentivePce(strength: Float64Array, victory: Float64Array, m: number) {
  const incentive = new Float64Array(m * m);
  for (let a = 0; a < m; a++)
    for (let b = 0; b < m; b++) {
      const i = strength[a * m + b] * victory[a * m + b];
      incentive[a * m + b] = a === b ? i + SELF_INCENTIVE : i;
    }
  const challenge = new Float64Array(m * m); // Q(a, b) = I(a, b) / Σₑ I(e, b)
  for (let b = 0; b < m; b++) {
    let column = 0;
    for (let e = 0; e < m; e++) column += incentive[e * m + b];
    for (let a = 0; a < m; a++) challenge[a * m + b] = incentive[a * m + b] / column;
  }
  return iterateMarkov(m, MARKOV_INCENTIVE_TOLERANCE, (p, q) => {
    // T(a,b) = p_a·Q(b,a): a holds and b challenges; q_a = Σ_b P(a beats b)(T(a,b) + T(b,a)).
    for (let a = 0; a < m; a++) {
      let qa = 0;
      for (let b = 0; b < m; b++)
        qa += victory[a * m + b] * (p[a] * challenge[b * m + a] + p[b] * challenge[a * m + b]);
      q[a] = qa;
    }
  });
}

/**
 * Uniform Markov PCE (KTAB `Model::markovUniformPCE`): a uniformly drawn challenger takes over
 * with probability P. KTAB stops at a loose 10⁻⁶, about 10⁻⁶ short of the exact limit; so do we.
 */
function markovUniformPce(victory: Float64Array, m: number) {
  return iterateMarkov(m, MARKOV_UNIFORM_TOLERANCE, (p, q) => {
    for (let a = 0; a < m; a++) {
      let sum = 0;
      for (let b = 0; b < m; b++) sum += victory[a * m + b] * (p[a] + p[b]);
      q[a] = sum / m;
    }
  });
}

/**
 * KTAB's damped iteration: from p = 1/m, q = step(p), change = maxₐ|qₐ − pₐ|, p ← (p + q)/2,
 * until change ≤ `tolerance`. KTAB aborts after 1000 iterations; we return the last p.
 */
function iterateMarkov(
  m: number,
  tolerance: number,
  step: (p: Float64Array, q: Float64Array) => void,
): Float64Array {
  const p = new Float64Array(m).fill(1 / m);
  const q = new Float64Array(m);
  for (let iter = 0; iter < MARKOV_MAX_ITERATIONS; iter++) {
    step(p, q);
    let change = 0;
    for (let a = 0; a < m; a++) change = Math.max(change, Math.abs(q[a] - p[a]));
    for (let a = 0; a < m; a++) p[a] = (p[a] + q[a]) / 2;
    if (change <= tolerance) break;
  }
  return p;
}

/**
 * The option a queue carries out (KTAB `SMPState::doBCN`): the most probable, the first on exact
 * ties; or, given a uniform `draw`, the first whose cumulative probability reaches it (the last
 * if rounding leaves none).
 */
export function pickOption(p: ArrayLike<number>, draw?: number): number {
  if (draw !== undefined) {
    let cumulative = 0;
    for (let o = 0; o < p.length; o++) {
      cumulative += p[o];
      if (cumulative >= draw) return o;
    }
    return p.length - 1;
  }
  let best = 0;
  for (let o = 1; o < p.length; o++) if (p[o] > p[best]) best = o;
  return best;
}
