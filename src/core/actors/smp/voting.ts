import { BINARY_VICTORY_FLOOR, BINARY_VICTORY_RATIO, BINARY_VOTE_RAMP } from "./constants.js";
import type { SmpSettings } from "./smp-settings.js";

/** A vote w·f(uₐ − u_b) for option a over b. */
export type VoteFn = (w: number, ua: number, ub: number) => number;

const ramp = (du: number) => Math.min(1, Math.max(-1, du / BINARY_VOTE_RAMP));

/**
 * The vote of an actor with weight w for option a over b, from its utilities uₐ and u_b
 * (KTAB `Model::vote`). With Δ = uₐ − u_b and B = clamp(Δ/10⁻⁸, −1, 1): Binary w·B;
 * PropBin w(0.8Δ + 0.2B); Proportional wΔ; PropCbc w(0.5Δ + 0.5Δ³); Cubic wΔ³; ASymProsp wΔ for a
 * loss and 2wΔ/3 for a gain (gains weigh less than losses).
 */
const VOTES: Record<SmpSettings["votingRule"], VoteFn> = {
  Proportional: (w, ua, ub) => w * (ua - ub),
  Binary: (w, ua, ub) => w * ramp(ua - ub),
  PropBin: (w, ua, ub) => w * (0.8 * (ua - ub) + 0.2 * ramp(ua - ub)),
  PropCbc: (w, ua, ub) => {
    const du = ua - ub;
    return w * (0.5 * du + 0.5 * du * du * du);
  },
  Cubic: (w, ua, ub) => {
    const du = ua - ub;
    return w * du * du * du;
  },
  ASymProsp: (w, ua, ub) => {
    const du = ua - ub;
    if (du < 0) return w * du;
    return du > 0 ? (2 * w * du) / 3 : 0;
  },
};

/** The vote function of a rule, looked up once per run (votes are cast millions of times). */
export function voter(rule: SmpSettings["votingRule"]): VoteFn {
  return VOTES[rule];
}

/** One vote under `rule` (see `voter`). */
export function vote(rule: SmpSettings["votingRule"], w: number, ua: number, ub: number): number {
  return VOTES[rule](w, ua, ub);
}

/**
 * The victory probabilities of a over b and of b over a from their strengths s₁ and s₂
 * (KTAB `Model::vProb`): x₁/(x₁ + x₂) and x₂/(x₁ + x₂) with x = s, s², s⁴ or s⁸, or for Binary
 * a win outright (weight 1 against 10⁻⁶) once one side is 1.1 times the other, and a linear
 * ramp between. Writes them to out[0] and out[1].
 */
export function victoryOdds(
  model: SmpSettings["victoryProbModel"],
  s1: number,
  s2: number,
  out: Float64Array,
): void {
  let x1: number;
  let x2: number;
  switch (model) {
    case "Linear":
      x1 = s1;
      x2 = s2;
      break;
    case "Square":
      x1 = s1 * s1;
      x2 = s2 * s2;
      break;
    case "Quartic":
      x1 = s1 * s1 * s1 * s1;
      x2 = s2 * s2 * s2 * s2;
      break;
    case "Octic": {
      const q1 = s1 * s1 * s1 * s1;
      const q2 = s2 * s2 * s2 * s2;
      x1 = q1 * q1;
      x2 = q2 * q2;
      break;
    }
    case "Binary":
      if (s1 >= BINARY_VICTORY_RATIO * s2) {
        x1 = 1;
        x2 = BINARY_VICTORY_FLOOR;
      } else if (s2 >= BINARY_VICTORY_RATIO * s1) {
        x1 = BINARY_VICTORY_FLOOR;
        x2 = 1;
      } else {
        const r = s1 / (s1 + s2);
        x1 = (2.1 * r - 1) / 0.1;
        x2 = 1 - x1;
      }
      break;
  }
  out[0] = x1 / (x1 + x2);
  out[1] = x2 / (x1 + x2);
}
