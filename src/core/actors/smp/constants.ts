// KTAB's numeric constants (kmodel.cpp, smp.cpp), in one place.

/** The floor added to every coalition strength, so that P is defined when nobody votes. */
export const MIN_COALITION = 1e-8;
/** The floor of a challenge's coalition strengths (SMPState::probEduChlg). */
export const MIN_CHALLENGE_CAP = 1e-10;
/** Bargain positions are rounded to this many steps of the 0–1 scale (4 decimals). */
export const BARGAIN_QUANTUM = 1e4;
/** Added to the first turn's movement before the stop ratio (0.1 on KTAB's 0–100 scale). */
export const MEASURE_TOLERANCE = 0.1 / 100;
/** Turns before the stop rule applies. */
export const MIN_TURNS_BEFORE_STOP = 2;
