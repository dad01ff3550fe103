// One entry point for the skimming equilibrium under any prior the game uses: uniform on a range
// or discrete types, a horizon of T rounds, per-round discount factors and the proposer's
// reservation. The mirror case (the US's resolve private, Iran screening) is the same problem with
// the roles swapped.
import { solveDiscreteSkimming } from "./screening-discrete.js";
import { pieceAt, uniformSkimmingStages } from "./screening-uniform.js";

/**
 * The proposer's prior over the responder's value v of a deal (what a deal at price 0 is worth to
 * it, over its own no-deal value). For Iran with resolve θ (its no-deal value) and a pie of 1,
 * v = 1 − θ: use `priorFromResolve`.
 */
export type TypePrior =
  | { kind: "uniform"; low: number; high: number }
  | { kind: "discrete"; values: readonly number[]; probabilities: readonly number[] };

export interface ScreeningProblem {
  prior: TypePrior;
  /** T ≥ 1 rounds; after the last one there is no deal. */
  rounds: number;
  /** Per-round discount factors in (0, 1). */
  discount: { proposer: number; responder: number };
  /** The proposer's own no-deal value, per unit: it never prices below it (default 0). */
  reservation?: number;
}

/** One round on the path of play. */
export interface ScreeningRound {
  /** The price the proposer posts (its share); Infinity when it posts none that any type takes. */
  price: number;
  /** The highest type value still holding out after the round; null when no type is left. */
  cutoff: number | null;
  /** P(deal in this round). */
  pDeal: number;
  /** P(no deal after this round). */
  pNoDealAfter: number;
}

export interface ScreeningSolution {
  rounds: ScreeningRound[];
  /** Σ_t δ_p^t (p_t − reservation)·P(deal at t): the proposer's gain over no deal. */
  proposerGain: number;
  /** reservation + proposerGain (no-deal payoffs read as flows, so a deal at t gains δ^t(p − r)). */
  proposerValue: number;
  /** P(no deal after the last round). */
  pNoDeal: number;
}

/** Iran's resolve θ (its no-deal value) as the prior over v = pie − θ. */
export function priorFromResolve(resolve: TypePrior, pie = 1): TypePrior {
  if (resolve.kind === "uniform")
    return { kind: "uniform", low: pie - resolve.high, high: pie - resolve.low };
  return {
    kind: "discrete",
    values: resolve.values.map((t) => pie - t),
    probabilities: resolve.probabilities,
  };
}

function check(problem: ScreeningProblem): void {
  const { rounds, discount, prior } = problem;
  if (!(Number.isInteger(rounds) && rounds >= 1))
    throw new RangeError(`rounds must be a whole number ≥ 1, got ${rounds}`);
  for (const [name, d] of Object.entries(discount))
    if (!(d > 0 && d < 1)) throw new RangeError(`discount.${name} must lie in (0, 1), got ${d}`);
  if (prior.kind === "uniform" && !(prior.low <= prior.high))
    throw new RangeError(`prior: low ${prior.low} must not exceed high ${prior.high}`);
  if (prior.kind === "discrete") {
    const { values, probabilities } = prior;
    if (values.length === 0 || values.length !== probabilities.length)
      throw new RangeError("prior: values and probabilities must be non-empty and of equal length");
    if (probabilities.some((p) => !(p >= 0)))
      throw new RangeError("prior: probabilities must be ≥ 0");
    const total = probabilities.reduce((a, b) => a + b, 0);
    if (Math.abs(total - 1) > 1e-9)
      throw new RangeError(`prior: probabilities must sum to 1, got ${total}`);
  }
}

function solveDiscrete(
  values: readonly number[],
  probabilities: readonly number[],
  problem: ScreeningProblem,
): ScreeningSolution {
  const r = problem.reservation ?? 0;
  const { proposer, responder } = problem.discount;
  // Merge equal values; types that gain nothing over the reservation never settle.
  const byValue = new Map<number, number>();
  values.forEach((v, i) => {
    byValue.set(v, (byValue.get(v) ?? 0) + probabilities[i]);
  });
  const sorted = [...byValue].filter(([, p]) => p > 0).sort((a, b) => a[0] - b[0]);
  const traders = sorted.filter(([v]) => v - r > 0);
  const stayers = sorted.filter(([v]) => v - r <= 0);
  const neverMass = stayers.reduce((a, [, p]) => a + p, 0);
  const w = traders.map(([v]) => v - r);
  const mass = traders.map(([, p]) => p);
  const solved = solveDiscreteSkimming(w, mass, problem.rounds, proposer, responder);
  const cum = [0];
  for (const m of mass) cum.push(cum[cum.length - 1] + m);
  const topStayer = stayers.length > 0 ? stayers[stayers.length - 1][0] : null;
  const path: ScreeningRound[] = [];
  let j = w.length;
  for (let tau = problem.rounds; tau >= 1; tau--) {
    const next = solved.nextState[tau][j];
    path.push({
      price: solved.price[tau][j] + r,
      cutoff: next > 0 ? traders[next - 1][0] : topStayer,
      pDeal: cum[j] - cum[next],
      pNoDealAfter: neverMass + cum[next],
    });
    j = next;
  }
  const gain = solved.value[problem.rounds][w.length];
  return { rounds: path, proposerGain: gain, proposerValue: r + gain, pNoDeal: neverMass + cum[j] };
}

function solveUniform(low: number, high: number, problem: ScreeningProblem): ScreeningSolution {
  const r = problem.reservation ?? 0;
  const { proposer, responder } = problem.discount;
  const width = high - low;
  const L = Math.max(low - r, 0);
  const H = high - r;
  if (H <= L) {
    // Nobody gains from a deal at any price the proposer would take.
    const rounds = Array.from({ length: problem.rounds }, () => ({
      price: Number.POSITIVE_INFINITY,
      cutoff: high,
      pDeal: 0,
      pNoDealAfter: 1,
    }));
    return { rounds, proposerGain: 0, proposerValue: r, pNoDeal: 1 };
  }
  const stages = uniformSkimmingStages(L, H, problem.rounds, proposer, responder);
  const density = 1 / width;
  const path: ScreeningRound[] = [];
  let k = H;
  let piece = pieceAt(stages[problem.rounds], H);
  const top = stages[problem.rounds][piece];
  const gain = density * (top.v[0] + H * (top.v[1] + H * top.v[2]));
  for (let tau = problem.rounds; tau >= 1; tau--) {
    const p = stages[tau][piece];
    const next = Math.min(k, Math.max(L, p.s * k + p.r));
    path.push({
      price: p.p[0] + p.p[1] * k + r,
      cutoff: next + r,
      pDeal: (k - next) * density,
      pNoDealAfter: (next + r - low) * density,
    });
    k = next;
    piece = p.source;
  }
  return {
    rounds: path,
    proposerGain: gain,
    proposerValue: r + gain,
    pNoDeal: (k + r - low) * density,
  };
}

/**
 * The skimming equilibrium: the proposer's prices, the cutoffs and the deal probabilities round by
 * round, and the proposer's value. Exact: backward induction from first-order conditions (uniform)
 * or over the finite set of cutoffs (discrete); never a grid over prices.
 * @example solveScreening({ prior: { kind: "uniform", low: 0, high: 1 }, rounds: 2,
 *   discount: { proposer: 0.9, responder: 0.9 } }).rounds[0].cutoff // 0.846154
 */
export function solveScreening(problem: ScreeningProblem): ScreeningSolution {
  check(problem);
  const { prior } = problem;
  if (prior.kind === "discrete") return solveDiscrete(prior.values, prior.probabilities, problem);
  if (prior.high === prior.low) return solveDiscrete([prior.low], [1], problem);
  return solveUniform(prior.low, prior.high, problem);
}
