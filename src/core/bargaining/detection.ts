// Preventive war under imperfect detection: a one-shot toy on the set-up of Debs & Monteiro (2014,
// "Known unknowns: power shifts, uncertainty, and war", IO 68(1)). Our own algebra, derived in
// docs/bargaining.md ("Detection") and checked against best replies in the tests.
//
// Iran races (dashes for a bomb) with probability σ, at cost k. A race is detected with
// probability p; a detected race is struck. Without detection the striker strikes "blind" with
// probability a. Payoffs: Iran gets G from a bomb and −c_R if struck (0 otherwise); the striker
// loses L if Iran gets a bomb and pays c_D for a strike.
// - Blind strikes must leave the striker indifferent: its posterior that Iran races, given no
//   detection, is μ = σ(1 − p)/(σ(1 − p) + 1 − σ), and a strike pays iff μL ≥ c_D, so
//   μ* = c_D/L and σ = μ*/(μ* + (1 − p)(1 − μ*)).
// - Racing must leave Iran indifferent: (1 − a)[(1 − p)G − p·c_R] = k, so
//   a = 1 − k/((1 − p)G − p·c_R).
// Corners: if (1 − p)G − p·c_R ≤ k, racing never pays (σ = a = 0); if c_D ≥ L the striker never
// strikes, and Iran races iff G > k.

export interface DetectionInput {
  /** Iran's gain from a bomb, G > 0. */
  G: number;
  /** Iran's cost of being struck, c_R ≥ 0. */
  cR: number;
  /** Iran's cost of racing, k ≥ 0. */
  k: number;
  /** The striker's loss if Iran gets a bomb, L > 0. */
  L: number;
  /** The striker's cost of a strike, c_D > 0. */
  cD: number;
  /** P(a race is detected), in [0, 1]. */
  p: number;
}

export interface DetectionEquilibrium {
  /** P(Iran races). */
  sigmaRace: number;
  /** P(a blind strike, without detection). */
  blindStrike: number;
  /** P(a strike) = σp + (1 − σp)·a when detected races are struck. */
  pWar: number;
  /** P(a strike on an Iran that was not racing) = (1 − σ)a. */
  pMistakenWar: number;
  /** P(Iran gets the bomb) = σ(1 − p)(1 − a). */
  pBomb: number;
}

/** p = 1 − e^(−b/τ): a race that takes b days is seen in time if the lag τ is short against b. */
export function detectionProbability(breakoutDays: number, lagDays: number): number {
  return 1 - Math.exp(-breakoutDays / lagDays);
}

/**
 * The equilibrium of the detection toy.
 * @example detectionEquilibrium({ G: 1, cR: 0.5, k: 0.1, L: 1, cD: 0.3, p: 0.5 })
 * // σ 0.461538, a 0.6, P(war) 0.692308, P(mistaken war) 0.323077, P(bomb) 0.092308
 */
export function detectionEquilibrium(input: DetectionInput): DetectionEquilibrium {
  const { G, cR, k, L, cD, p } = input;
  if (cD >= L) {
    // The striker never strikes, detected or not.
    const sigma = G > k ? 1 : 0;
    return { sigmaRace: sigma, blindStrike: 0, pWar: 0, pMistakenWar: 0, pBomb: sigma };
  }
  const raceGain = (1 - p) * G - p * cR;
  let sigma = 0;
  let a = 0;
  if (raceGain > k) {
    const mu = cD / L;
    sigma = mu / (mu + (1 - p) * (1 - mu));
    a = 1 - k / raceGain;
  }
  const detected = sigma * p;
  return {
    sigmaRace: sigma,
    blindStrike: a,
    pWar: detected + (1 - detected) * a,
    pMistakenWar: (1 - sigma) * a,
    pBomb: sigma * (1 - p) * (1 - a),
  };
}
