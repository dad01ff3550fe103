// The exact skimming equilibrium for types uniform on a range and a finite horizon, including the
// "gap" case where every type gains from a deal (Fudenberg, Levine & Tirole 1985, §3–4; Sobel &
// Takahashi 1983). Our own implementation of the backward induction, checked in the tests against
// the closed-form recursion (no gap) and against the discrete solver on fine type grids (gap).
//
// Gains w are uniform on [w_lo, w_hi] over the proposer's reservation; only [L, H] with L =
// max(w_lo, 0), H = w_hi can settle. With τ rounds left and the types [·, k] still holding out, the
// proposer picks the next top k' ≤ k; the marginal type k' must be indifferent, so the price is
// (1 − δ_r)k' + δ_r P_{τ−1}(k'), where P_{τ−1}(k') is what the top type k' pays next round (its
// value of waiting is k' − P_{τ−1}(k')). The proposer's objective (per unit of type density)
//   J(k'; k) = price(k')·(k − k') + δ_p V_{τ−1}(k')
// is quadratic in k' on each piece where P_{τ−1} is linear and V_{τ−1} quadratic, so its maximum
// is the first-order condition's root or an end of a piece: finitely many candidates, each linear
// in k. V_τ is their upper envelope, again piecewise quadratic. No grid anywhere.
//
// At a piece boundary P may jump (the proposer next round is indifferent between two cutoffs); the
// candidate from each side is kept, so the earlier proposer gets the continuation it prefers, the
// usual selection that makes its best reply exist (FLT 1985, §4).

/** One piece of a stage: on k ∈ [from, to], V = v0 + v1 k + v2 k², P = p0 + p1 k, k' = s k + r. */
export interface UniformPiece {
  from: number;
  to: number;
  v: [number, number, number];
  p: [number, number];
  /** The next top k' = s·k + r. */
  s: number;
  r: number;
  /** The piece of the previous stage (one round fewer left) that k' falls in. */
  source: number;
}

interface Candidate extends Omit<UniformPiece, "from" | "to"> {
  lo: number;
  hi: number;
}

const EPS = 1e-12;

const quad = (c: readonly number[], x: number) => c[0] + x * (c[1] + x * c[2]);

/** Where a + b·k ≥ 0 on [lo, hi], as an interval (empty when lo > hi). */
function whereNonNegative(a: number, b: number, lo: number, hi: number): [number, number] {
  if (Math.abs(b) < 1e-300) return a >= -EPS ? [lo, hi] : [1, 0];
  const root = -a / b;
  return b > 0 ? [Math.max(lo, root), hi] : [lo, Math.min(hi, root)];
}

/** The candidate "next top k' = s·k + r from piece m", with its value and price as functions of k. */
function candidate(
  m: UniformPiece,
  source: number,
  s: number,
  r: number,
  range: [number, number],
  dp: number,
  dr: number,
): Candidate | null {
  if (range[0] > range[1] + EPS) return null;
  // price(k') = e k' + f, from the marginal type's indifference.
  const e = 1 - dr + dr * m.p[1];
  const f = dr * m.p[0];
  const pi1 = e * s;
  const pi0 = e * r + f;
  // (k − k') = d1 k + d0
  const d1 = 1 - s;
  const d0 = -r;
  const [a0, a1, a2] = m.v;
  return {
    lo: range[0],
    hi: Math.max(range[0], range[1]),
    v: [
      pi0 * d0 + dp * (a0 + a1 * r + a2 * r * r),
      pi1 * d0 + pi0 * d1 + dp * (a1 * s + 2 * a2 * s * r),
      pi1 * d1 + dp * a2 * s * s,
    ],
    p: [pi0, pi1],
    s,
    r,
    source,
  };
}

function candidatesFrom(
  m: UniformPiece,
  source: number,
  low: number,
  high: number,
  dp: number,
  dr: number,
): Candidate[] {
  const out: (Candidate | null)[] = [];
  const e = 1 - dr + dr * m.p[1];
  const f = dr * m.p[0];
  const curvature = e - dp * m.v[2];
  if (curvature > EPS) {
    // The first-order condition: −2·curvature·k' + e·k − f + δ_p v1 = 0.
    const s = e / (2 * curvature);
    const r = (dp * m.v[1] - f) / (2 * curvature);
    // Valid where from ≤ s k + r ≤ to and s k + r ≤ k.
    let range = whereNonNegative(r - m.from, s, low, high);
    range = whereNonNegative(m.to - r, -s, range[0], range[1]);
    range = whereNonNegative(-r, 1 - s, range[0], range[1]);
    out.push(candidate(m, source, s, r, range, dp, dr));
  }
  out.push(candidate(m, source, 0, m.from, [Math.max(low, m.from), high], dp, dr));
  out.push(candidate(m, source, 0, m.to, [Math.max(low, m.to), high], dp, dr));
  // No sale: k' = k.
  out.push(candidate(m, source, 1, 0, [Math.max(low, m.from), Math.min(high, m.to)], dp, dr));
  return out.filter((c): c is Candidate => c !== null);
}

/** The real roots of c0 + c1 x + c2 x² in (lo, hi). */
function rootsIn(c0: number, c1: number, c2: number, lo: number, hi: number): number[] {
  const scale = Math.max(Math.abs(c0), Math.abs(c1), Math.abs(c2));
  if (scale === 0) return [];
  const [a, b, c] = [c2 / scale, c1 / scale, c0 / scale];
  let roots: number[];
  if (Math.abs(a) < 1e-14) roots = Math.abs(b) < 1e-14 ? [] : [-c / b];
  else {
    const disc = b * b - 4 * a * c;
    if (disc < 0) return [];
    const q = -0.5 * (b + Math.sign(b || 1) * Math.sqrt(disc));
    roots = [q / a, ...(q !== 0 ? [c / q] : [])];
  }
  return roots.filter((x) => x > lo + EPS && x < hi - EPS);
}

/** V_τ and P_τ on [low, high] as the upper envelope of the candidates from stage τ − 1. */
function nextStage(
  prev: UniformPiece[],
  low: number,
  high: number,
  dp: number,
  dr: number,
): UniformPiece[] {
  const cands = prev.flatMap((m, i) => candidatesFrom(m, i, low, high, dp, dr));
  const cuts = new Set<number>([low, high]);
  for (const c of cands) {
    cuts.add(c.lo);
    cuts.add(c.hi);
  }
  for (let i = 0; i < cands.length; i++) {
    for (let j = i + 1; j < cands.length; j++) {
      const [a, b] = [cands[i], cands[j]];
      const lo = Math.max(a.lo, b.lo);
      const hi = Math.min(a.hi, b.hi);
      if (hi - lo <= EPS) continue;
      for (const x of rootsIn(a.v[0] - b.v[0], a.v[1] - b.v[1], a.v[2] - b.v[2], lo, hi))
        cuts.add(x);
    }
  }
  const xs = [...cuts].filter((x) => x >= low && x <= high).sort((x, y) => x - y);
  const pieces: UniformPiece[] = [];
  let last: Candidate | null = null;
  for (let i = 0; i + 1 < xs.length; i++) {
    const [from, to] = [xs[i], xs[i + 1]];
    if (to - from <= EPS) continue;
    const mid = (from + to) / 2;
    let best: Candidate | null = null;
    let bestValue = Number.NEGATIVE_INFINITY;
    let bestNext = Number.POSITIVE_INFINITY;
    for (const c of cands) {
      if (c.lo > mid || c.hi < mid) continue;
      const v = quad(c.v, mid);
      const next = c.s * mid + c.r;
      // Ties go to the candidate that settles more types (lower next top).
      const tol = 1e-13 * Math.max(1, Math.abs(v));
      if (v > bestValue + tol || (v > bestValue - tol && next < bestNext)) {
        best = c;
        bestValue = Math.max(v, bestValue);
        bestNext = next;
      }
    }
    if (best === null) throw new Error("screening: no feasible cutoff (internal)");
    if (best === last) pieces[pieces.length - 1].to = to;
    else pieces.push({ from, to, v: best.v, p: best.p, s: best.s, r: best.r, source: best.source });
    last = best;
  }
  return pieces;
}

/**
 * Stages 0 … τ of the backward induction on [low, high] (gains over the proposer's reservation,
 * low ≥ 0): stage 0 is "no rounds left" (V = 0, and the top type's price-equivalent is its gain).
 */
export function uniformSkimmingStages(
  low: number,
  high: number,
  rounds: number,
  proposerDelta: number,
  responderDelta: number,
): UniformPiece[][] {
  const stages: UniformPiece[][] = [
    [{ from: low, to: high, v: [0, 0, 0], p: [0, 1], s: 1, r: 0, source: 0 }],
  ];
  for (let tau = 1; tau <= rounds; tau++)
    stages.push(nextStage(stages[tau - 1], low, high, proposerDelta, responderDelta));
  return stages;
}

/** The piece of a stage that holds k (the last one whose range starts at or below k). */
export function pieceAt(pieces: readonly UniformPiece[], k: number): number {
  let index = 0;
  for (let i = 0; i < pieces.length; i++) if (pieces[i].from <= k + EPS) index = i;
  return index;
}
