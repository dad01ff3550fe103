// KTAB's numeric constants (KTAB kmodel.cpp, smp.cpp, smpbcn.cpp at commit 3b5b063), in one place.
// Everything is on KTAB's unit scale (positions and saliences ÷ 100).

/** The floor of every coalition strength in a PCE, so that P is defined when nobody votes. */
export const MIN_COALITION = 1e-8;
/** The floor of a challenge's two strengths (SMPState::probEduChlg). */
export const MIN_CHALLENGE_CAP = 1e-10;
/** Binary and PropBin votes ramp from −1 to +1 over a utility difference of this size. */
export const BINARY_VOTE_RAMP = 1e-8;
/** Binary victory: a side at least this many times stronger wins outright … */
export const BINARY_VICTORY_RATIO = 1.1;
/** … and the loser keeps this weight. */
export const BINARY_VICTORY_FLOOR = 1e-6;
/** The incentive Markov PCE adds this to an option's incentive to challenge itself. */
export const SELF_INCENTIVE = 1e-10;
/** The Markov PCEs stop once no probability changes by more than this (incentive, uniform). */
export const MARKOV_INCENTIVE_TOLERANCE = 1e-8;
export const MARKOV_UNIFORM_TOLERANCE = 1e-6;
/** KTAB aborts a Markov PCE that has not converged after this many iterations. */
export const MARKOV_MAX_ITERATIONS = 1000;
/** An actor challenges only if its best expected gain exceeds this (SMPState::bestChallenge). */
export const MIN_GAIN = 1e-5;
/** Added to each side's own interpolation weight, pulling it towards its own position. */
export const INTERPOLATION_FLOOR = 1e-6;
/** Bargain positions are rounded half up to this many steps of the unit scale (4 decimals). */
export const BARGAIN_QUANTUM = 1e4;
/** Added to the first turn's movement before the stop ratio: 1e-4 on the unit scale (0.01 on 0–100). */
export const MEASURE_TOLERANCE = 1e-4;
/** Turns completed before the stop rule applies. */
export const MIN_TURNS_BEFORE_STOP = 2;
