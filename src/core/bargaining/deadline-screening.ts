// The last round before a deadline that may end in a strike: one screening offer to an Iran whose
// resolve is private. Our own algebra on the screening set-up (Fearon 1995's risk–return offer with
// a deadline; FLT 1985's one-round case), derived in docs/bargaining.md ("Deadline screening") and
// checked by brute force in the tests.
//
// Iran's resolve θ (its no-deal value) is U[0, 1]. The US offers Iran the share s. If Iran refuses,
// the deadline's strike comes with credibility c: Iran then gets θ − C (C its war cost) and the US
// w; otherwise the status quo, θ and d. So Iran accepts iff s ≥ θ − cC: the types below the cutoff
// k = s + cC settle. The US maximises k(1 − k + cC) + (1 − k)m with m = c·w + (1 − c)·d, whose
// first-order condition gives k* = (1 + cC − m)/2; the share must lie in [0, 1].

export interface DeadlineScreeningInput {
  /** P(the strike is carried out if talks fail), c ∈ [0, 1]. */
  credibility: number;
  /** Iran's cost of the strike, C ≥ 0. */
  warCostIran: number;
  /** The US's value of the strike outcome, w. */
  usStrikeValue: number;
  /** The US's value of the status quo, d. */
  usStatusQuo: number;
}

export interface DeadlineScreening {
  /** The highest resolve that settles. */
  cutoff: number;
  /** Iran's share in the US offer. */
  offer: number;
  pDeal: number;
  pStrike: number;
  pStatusQuo: number;
  /** The US's expected value: k(1 − s) + (1 − k)·m. */
  usValue: number;
}

/**
 * The US's optimal final offer and its outcome. The share is clipped to [0, 1 − cC] (a share
 * above 1 − cC settles every type already); the cutoff is then min(1, s + cC).
 * @example deadlineScreening({ credibility: 0.6, warCostIran: 0.3, usStrikeValue: 0.2, usStatusQuo: 0.3 })
 * // cutoff 0.47, offer 0.29, pDeal 0.47, pStrike 0.318, pStatusQuo 0.212, usValue 0.4609
 */
export function deadlineScreening(input: DeadlineScreeningInput): DeadlineScreening {
  const { credibility: c, warCostIran, usStrikeValue, usStatusQuo } = input;
  const threat = c * warCostIran;
  const m = c * usStrikeValue + (1 - c) * usStatusQuo;
  const interior = (1 + threat - m) / 2;
  const offer = Math.min(Math.max(interior - threat, 0), Math.max(0, 1 - threat));
  const cutoff = Math.min(1, offer + threat);
  return {
    cutoff,
    offer,
    pDeal: cutoff,
    pStrike: (1 - cutoff) * c,
    pStatusQuo: (1 - cutoff) * (1 - c),
    usValue: cutoff * (1 - offer) + (1 - cutoff) * m,
  };
}
