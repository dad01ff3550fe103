// The proposer's best acceptable offer in one round, with or without a ratification constraint.
// Terms are always the US share x of the pie (Iran gets 1 − x).

/** The offer a proposer makes: the US share and Pr(Congress ratifies it). */
export interface DealTerms {
  feasible: boolean;
  usShare: number;
  ratifyProbability: number;
}

/** Pr(ρ ≤ x) for ρ ~ U[low, high] (a step at low when low = high). */
export function ratifyProbability(usShare: number, low: number, high: number): number {
  const width = high - low;
  if (width <= 0) return usShare >= low ? 1 : 0;
  return Math.min(1, Math.max(0, (usShare - low) / width));
}

const INFEASIBLE: DealTerms = { feasible: false, usShare: 0, ratifyProbability: 0 };

/**
 * The best offer for the US as proposer: the largest US share x that Iran accepts, i.e. with
 * π(x)(1 − x) + (1 − π(x))·contIran ≥ reserveIran. The US payoff π(x)(x − c) rises in x wherever
 * the deal is worth having, so the largest acceptable x is optimal. Without ratification
 * x = 1 − reserveIran (the Rubinstein/Ståhl step); with it, the root of a quadratic on [ρlo, ρhi]
 * (our own algebra, brute-force tested).
 */
export function usProposal(
  contIran: number,
  reserveIran: number,
  ratification: { low: number; high: number } | null,
): DealTerms {
  if (reserveIran > 1) return INFEASIBLE;
  if (ratification === null)
    return { feasible: true, usShare: Math.min(1, 1 - reserveIran), ratifyProbability: 1 };
  const { low, high } = ratification;
  const width = high - low;
  const k = Math.max(0, reserveIran - contIran);
  let x: number;
  if (width <= 0 || 1 - high - contIran >= k) {
    x = 1 - contIran - k;
    if (x < low) return INFEASIBLE;
  } else {
    // (x − lo)(1 − c − x) = k·w on [lo, hi]: the upper root.
    const gap = 1 - contIran - low;
    const disc = gap * gap - 4 * k * width;
    if (disc < 0 || gap < 0) return INFEASIBLE;
    x = (1 - contIran + low + Math.sqrt(disc)) / 2;
  }
  x = Math.min(1, x);
  return { feasible: true, usShare: x, ratifyProbability: ratifyProbability(x, low, high) };
}

/**
 * The best offer for Iran as proposer: Iran maximises π(x)(1 − x − contIran) (quasi-concave, with
 * its mode at (1 − contIran + ρlo)/2 clipped to [ρlo, ρhi], as in the ratification closed form)
 * over the US shares the US accepts, an interval [a, 1]. When `usAcceptsAny`, a = 0.
 */
export function iranProposal(
  contUs: number,
  reserveUs: number,
  contIran: number,
  ratification: { low: number; high: number } | null,
  usAcceptsAny: boolean,
): DealTerms {
  if (ratification === null) {
    if (usAcceptsAny) return { feasible: true, usShare: 0, ratifyProbability: 1 };
    if (reserveUs > 1) return INFEASIBLE;
    return { feasible: true, usShare: Math.max(0, reserveUs), ratifyProbability: 1 };
  }
  const { low, high } = ratification;
  const width = high - low;
  let lowest = 0;
  if (!usAcceptsAny) {
    const k = Math.max(0, reserveUs - contUs);
    if (width <= 0) lowest = Math.max(low, contUs + k);
    else if (high - contUs >= k) {
      // (x − lo)(x − c) = k·w on [lo, hi]: the larger root.
      const root = (low + contUs + Math.sqrt((low - contUs) ** 2 + 4 * k * width)) / 2;
      lowest = Math.max(low, root);
    } else lowest = contUs + k;
    if (lowest > 1) return INFEASIBLE;
  }
  const mode = width <= 0 ? low : Math.min(high, Math.max(low, (1 - contIran + low) / 2));
  const x = Math.min(1, Math.max(mode, lowest));
  return { feasible: true, usShare: x, ratifyProbability: ratifyProbability(x, low, high) };
}
