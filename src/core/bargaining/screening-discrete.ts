// The exact skimming equilibrium for finitely many types and a finite horizon, by backward
// induction over (rounds left, highest type still holding out) (Sobel & Takahashi 1983, §4;
// Fudenberg, Levine & Tirole 1985, §4, the "gap" case with finitely many types).
//
// Types are gains w_1 < … < w_n over the proposer's reservation (the proposer never prices below
// it, so types with w ≤ 0 never settle). High types settle first, so the state is j: the types
// 1 … j still hold out. The proposer chooses which types settle now, {i + 1 … j}; the highest
// price that makes them accept is the one at which the marginal type w_{i+1} is indifferent
// between accepting now and waiting: p = w_{i+1} − δ_r·u(τ − 1, i), where u is that type's value
// of waiting in state i with τ − 1 rounds left. The arg-max is over the n + 1 possible cutoffs, the
// whole choice set of a discrete prior, so it is exact (no grid over prices).

/** The result of the discrete backward induction: policies and values for every state. */
export interface DiscreteSkimming {
  /** nextState[τ][j]: the state after the proposer's round with τ rounds left in state j. */
  nextState: Int32Array[];
  /** price[τ][j]: the price posted then. */
  price: Float64Array[];
  /** value[τ][j]: the proposer's value (gain over its reservation). */
  value: Float64Array[];
}

/**
 * Backward induction for sorted gains `w` (ascending, all > 0) with masses `mass`.
 * Ties between cutoffs go to the one that settles more types (the efficient choice).
 */
export function solveDiscreteSkimming(
  w: readonly number[],
  mass: readonly number[],
  rounds: number,
  proposerDelta: number,
  responderDelta: number,
): DiscreteSkimming {
  const n = w.length;
  // above[j] − above[i] = mass of types i + 1 … j (1-based types, state j = types 1 … j left).
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) cum[i + 1] = cum[i] + mass[i];
  const nextState: Int32Array[] = [new Int32Array(n + 1).map((_, j) => j)];
  const price: Float64Array[] = [new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY)];
  const value: Float64Array[] = [new Float64Array(n + 1)];
  // u[i]: the value of waiting for type w_{i+1} in state i (rounds left as in the loop); 0 at τ = 0.
  let u = new Float64Array(n + 1);
  for (let tau = 1; tau <= rounds; tau++) {
    const prevValue = value[tau - 1];
    // The price that makes exactly the types above i settle (i = n: nobody is above, no sale).
    const cutPrice = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) cutPrice[i] = w[i] - responderDelta * u[i];
    cutPrice[n] = Number.POSITIVE_INFINITY;
    const next = new Int32Array(n + 1);
    const posted = new Float64Array(n + 1);
    const val = new Float64Array(n + 1);
    for (let j = 0; j <= n; j++) {
      let best = j;
      let bestValue = proposerDelta * prevValue[j];
      for (let i = j - 1; i >= 0; i--) {
        const v = cutPrice[i] * (cum[j] - cum[i]) + proposerDelta * prevValue[i];
        if (v >= bestValue - 1e-15 * Math.max(1, Math.abs(bestValue))) {
          best = i;
          bestValue = Math.max(v, bestValue);
        }
      }
      next[j] = best;
      posted[j] = cutPrice[best];
      val[j] = bestValue;
    }
    // Type w_{j+1}, above every type left in state j, settles at this round's price (skimming:
    // the marginal type is indifferent, higher types strictly prefer now).
    const nextU = new Float64Array(n + 1);
    for (let j = 0; j < n; j++) nextU[j] = w[j] - posted[j];
    u = nextU;
    nextState.push(next);
    price.push(posted);
    value.push(val);
  }
  return { nextState, price, value };
}
