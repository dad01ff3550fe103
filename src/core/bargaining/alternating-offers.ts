// Alternating-offers bargaining over a pie of 1: the closed forms the dynamic game must reproduce.

/**
 * Player 1's share when player 1 proposes first in Rubinstein's infinite-horizon game
 * (Rubinstein 1982): x1 = (1 − δ2)/(1 − δ1·δ2). δ1, δ2 in (0, 1) are per-period discount factors.
 * @example rubinsteinShare(0.9, 0.9) // 0.526316
 */
export function rubinsteinShare(delta1: number, delta2: number): number {
  return (1 - delta2) / (1 - delta1 * delta2);
}

/**
 * The first proposer's share in Ståhl's T-period alternating-offers game with no deal after T
 * (Ståhl 1972), by backward induction: a_T = 1, a_t = 1 − δ_resp(t)·a_{t+1}, where the responder
 * at t is the player who proposes at t + 1. Player 1 proposes in periods 1, 3, 5, …
 * @param periods T ≥ 1 (an integer)
 * @example stahlShare(3, 0.9, 0.8) // 0.92
 */
export function stahlShare(periods: number, delta1: number, delta2: number): number {
  let share = 1;
  for (let t = periods - 1; t >= 1; t--) {
    // Period t's responder is period (t + 1)'s proposer: player 2 when t is odd.
    const deltaResponder = t % 2 === 1 ? delta2 : delta1;
    share = 1 - deltaResponder * share;
  }
  return share;
}

/** Ståhl's share with a common δ in closed form (Ståhl 1972): (1 − (−δ)^T)/(1 + δ). */
export function stahlShareCommon(periods: number, delta: number): number {
  return (1 - (-delta) ** periods) / (1 + delta);
}

/**
 * Player 1's share when the responder (player 2) may quit for an outside option worth b, with a
 * common δ (Binmore, Shaked & Sutton 1989, the outside-option principle): the option binds only
 * when it beats what player 2 gets anyway. x1 = 1/(1 + δ) if b ≤ δ/(1 + δ), else 1 − b.
 * @example outsideOptionShare(0.9, 0.6) // 0.4
 */
export function outsideOptionShare(delta: number, outsideOption: number): number {
  return outsideOption <= delta / (1 + delta) ? 1 / (1 + delta) : 1 - outsideOption;
}
