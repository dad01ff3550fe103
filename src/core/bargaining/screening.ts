// Screening by an uninformed proposer ("skimming"), with the informed side's type uniform on [0, 1]:
// the closed forms of Sobel & Takahashi (1983) and Fudenberg, Levine & Tirole (1985, §3).
//
// The set-up, in the seller/buyer words of those papers: the informed side has a private value v
// of a deal, v ~ U[0, 1]; the proposer (the uninformed side) names a price each round; a type that
// accepts p in round t (t = 0, 1, …) gets δ^t (v − p), the proposer δ^t p; no deal gives both 0.
// High-value types accept first, so after each round the types still holding out are [0, k]. For
// the table, v is Iran's gain from a deal over its no-deal value (v = 1 − θ for resolve θ), and p
// is the US's share: low-resolve types settle first.
//
// By linearity, from a state [0, k] with T rounds left the proposer's price is γ_T·k, the next
// state is β_T·k and its value is a_T·k² (per unit of type density); λ_T turns the marginal type's
// indifference into a price: the marginal type k is indifferent between k − p now and
// δ(k − γ_{T−1}k) next round, so p = k(1 − δ + δγ_{T−1}) = k/λ_T.

/** The skimming solution with T rounds left, per unit of remaining range (FLT 1985, §3). */
export interface SkimmingStage {
  /** Rounds left, T ≥ 1 (Infinity for the stationary solution). */
  rounds: number;
  /** λ_T = 1/(1 − δ + δγ_{T−1}): the cutoff per unit of price (λ₁ = 1). */
  lambda: number;
  /** β_T: the share of the remaining type range still holding out after this round's offer. */
  cutoff: number;
  /** γ_T = β_T/λ_T: this round's price per unit of the remaining range. */
  price: number;
  /** a_T: the proposer's value per unit of (remaining range)². */
  proposerValue: number;
}

function checkDelta(delta: number, name = "delta"): void {
  if (!(delta > 0 && delta < 1)) throw new RangeError(`${name} must lie in (0, 1), got ${delta}`);
}

/**
 * The finite-horizon skimming recursion (Sobel & Takahashi 1983, §3; FLT 1985, §3), from
 * γ₁ = β₁ = 1/2, λ₁ = 1, a₁ = 1/4 (one round left: the static monopoly price):
 * λ_T = 1/(1 − δ_r + δ_r γ_{T−1}); β_T = 1/(2 − 2δ_p a_{T−1} λ_T) (the first-order condition of
 * max_k (k/λ_T)(1 − k) + δ_p a_{T−1} k²); a_T = β_T(1 − β_T)/λ_T + δ_p a_{T−1} β_T²; γ_T = β_T/λ_T.
 * Returns stages 1 … T (index T − 1 is the first round of a T-round game). The proposer discounts
 * by δ_p, the responder by δ_r (both δ in the papers).
 * @example skimmingStages(0.9, 3)[2].cutoff // 0.838409
 */
export function skimmingStages(
  delta: number,
  rounds: number,
  responderDelta = delta,
): SkimmingStage[] {
  checkDelta(delta);
  checkDelta(responderDelta, "responderDelta");
  if (!(Number.isInteger(rounds) && rounds >= 1))
    throw new RangeError(`rounds must be a whole number ≥ 1, got ${rounds}`);
  const stages: SkimmingStage[] = [
    { rounds: 1, lambda: 1, cutoff: 0.5, price: 0.5, proposerValue: 0.25 },
  ];
  for (let t = 2; t <= rounds; t++) {
    const prev = stages[t - 2];
    const lambda = 1 / (1 - responderDelta + responderDelta * prev.price);
    const cutoff = 1 / (2 - 2 * delta * prev.proposerValue * lambda);
    const proposerValue =
      (cutoff * (1 - cutoff)) / lambda + delta * prev.proposerValue * cutoff * cutoff;
    stages.push({ rounds: t, lambda, cutoff, price: cutoff / lambda, proposerValue });
  }
  return stages;
}

/**
 * The infinite-horizon skimming solution with a common δ (FLT 1985, §3; Gul, Sonnenschein &
 * Wilson 1986): the stationary point of the recursion, where β solves δβ² − 2β + 1 = 0:
 * β = (1 − √(1 − δ))/δ, γ = β√(1 − δ), a = γ/2 and λ = β/γ.
 * @example infiniteSkimming(0.9).cutoff // 0.759747
 */
export function infiniteSkimming(delta: number): SkimmingStage {
  checkDelta(delta);
  const root = Math.sqrt(1 - delta);
  const cutoff = (1 - root) / delta;
  const price = cutoff * root;
  return {
    rounds: Number.POSITIVE_INFINITY,
    lambda: cutoff / price,
    cutoff,
    price,
    proposerValue: price / 2,
  };
}

/** One round on the path of play from the full range [0, 1]. */
export interface ScreeningPathRound {
  /** The proposer's price this round. */
  price: number;
  /** The highest type still holding out after this round (types below it have not settled). */
  cutoff: number;
  /** P(the deal is made in this round). */
  pDeal: number;
  /** P(no deal after this round). */
  pNoDealAfter: number;
}

/**
 * The path of play of the T-round game from types U[0, 1]: round t's price is γ times the top of
 * the remaining range and its cutoff is β times it, using the stage with the rounds then left.
 * The proposer's value is a_T (stage T).
 * @example uniformScreeningPath(0.9, 2).rounds[1].price // 0.423077
 */
export function uniformScreeningPath(
  delta: number,
  rounds: number,
  responderDelta = delta,
): { rounds: ScreeningPathRound[]; proposerValue: number; pNoDeal: number } {
  const stages = skimmingStages(delta, rounds, responderDelta);
  const path: ScreeningPathRound[] = [];
  let top = 1;
  for (let left = rounds; left >= 1; left--) {
    const s = stages[left - 1];
    const cutoff = s.cutoff * top;
    path.push({ price: s.price * top, cutoff, pDeal: top - cutoff, pNoDealAfter: cutoff });
    top = cutoff;
  }
  return { rounds: path, proposerValue: stages[rounds - 1].proposerValue, pNoDeal: top };
}

/**
 * The two-round game in closed form (Sobel & Takahashi 1983; FLT 1985, §3): the first-order
 * condition of max_k k(1 − δ/2)(1 − k) + δk²/4 gives the cutoff k = (2 − δ)/(4 − 3δ); the prices
 * are k(1 − δ/2) and k/2. A check on the recursion at T = 2.
 * @example twoRoundScreening(0.9).cutoff // 0.846154
 */
export function twoRoundScreening(delta: number) {
  checkDelta(delta);
  const cutoff = (2 - delta) / (4 - 3 * delta);
  const firstPrice = cutoff * (1 - delta / 2);
  const secondPrice = cutoff / 2;
  return {
    cutoff,
    firstPrice,
    secondPrice,
    pDealFirstRound: 1 - cutoff,
    pDealSecondRound: cutoff - secondPrice,
    pNoDeal: secondPrice,
    proposerValue: firstPrice * (1 - cutoff) + delta * secondPrice * (cutoff - secondPrice),
  };
}

/** P(no deal after n rounds) in the infinite-horizon game: βⁿ. */
export function pNoDealAfterRounds(delta: number, n: number): number {
  return infiniteSkimming(delta).cutoff ** n;
}

/**
 * Expected delay in rounds of the infinite-horizon game: Σ_{n≥1} P(no deal after n) = β/(1 − β),
 * which equals 1/√(1 − δ) (from δβ² − 2β + 1 = 0).
 * @example expectedDelayRounds(0.9) // 3.162278
 */
export function expectedDelayRounds(delta: number): number {
  const { cutoff } = infiniteSkimming(delta);
  return cutoff / (1 - cutoff);
}

/** The infinite-horizon game with a round every Δ weeks, from a weekly discount factor. */
export interface SpacedScreening {
  /** δ_round = δ_week^Δ. */
  roundDelta: number;
  cutoff: number;
  expectedDelayRounds: number;
  /** Δ·β/(1 − β): grows about like √Δ, since 1 − δ^Δ ≈ Δ(1 − δ). */
  expectedDelayWeeks: number;
}

/**
 * Indirect talks as round spacing: rounds at weeks 0, Δ, 2Δ, …, with δ_round = δ_week^Δ (our
 * reading of the spacing; the skimming solution is FLT 1985, §3).
 * @example spacedScreening(0.99, 2).expectedDelayWeeks // 14.177624
 */
export function spacedScreening(weeklyDelta: number, spacingWeeks: number): SpacedScreening {
  checkDelta(weeklyDelta, "weeklyDelta");
  if (!(spacingWeeks > 0)) throw new RangeError(`spacingWeeks must be > 0, got ${spacingWeeks}`);
  const roundDelta = weeklyDelta ** spacingWeeks;
  const { cutoff } = infiniteSkimming(roundDelta);
  const rounds = cutoff / (1 - cutoff);
  return {
    roundDelta,
    cutoff,
    expectedDelayRounds: rounds,
    expectedDelayWeeks: rounds * spacingWeeks,
  };
}

/**
 * P(no deal after w weeks) with a round every Δ weeks: the rounds held in weeks [0, w) number
 * ⌈w/Δ⌉, and each leaves the fraction β of the remaining types holding out.
 * @example pNoDealAfterWeeks(0.99, 1, 12) // 0.318631
 */
export function pNoDealAfterWeeks(
  weeklyDelta: number,
  spacingWeeks: number,
  weeks: number,
): number {
  const { cutoff } = spacedScreening(weeklyDelta, spacingWeeks);
  return cutoff ** Math.ceil(weeks / spacingWeeks - 1e-12);
}
