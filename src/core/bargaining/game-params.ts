// One draw of the dynamic game: every input a plain number. Weeks count from the scenario's start.
// Payoffs are in "pie units": a deal splits a pie of 1; a no-deal value d is the value of living
// with the status quo forever, paid as a flow (1 − δ)·d per week, so d and a deal share compare.

/** The two sides. The US is player 0, Iran player 1 (array indices in the solver). */
export type Side = "us" | "iran";

/** Who proposes: alternating from `first`, or at random (US with probability `pUs`), in rounds
 * held every `everyWeeks` weeks (1 = weekly direct talks; 2–4 = indirect talks). */
export interface ProtocolParams {
  kind: "alternating" | "random";
  first: Side;
  /** Pr(the US proposes in a round), used by `random`; in [0, 1]. */
  pUs: number;
  /** Weeks between rounds, an integer ≥ 1. */
  everyWeeks: number;
}

/** An outside option: a side quits the talks for it. */
export interface OptionParams {
  name: string;
  owner: Side;
  /** `walkout` has given values; a `strike` gives each side its no-deal value with the clock set
   * back by `setbackDays`, less the cost of war. */
  kind: "walkout" | "strike";
  /** Pr(the option is really carried out when invoked), in [0, 1]; otherwise talks go on. */
  credibility: number;
  /** Walkout values (pie units) to each side at zero leverage… */
  value: { us: number; iran: number };
  /** …plus these times Iran's leverage at the week it is taken. */
  perLeverage: { us: number; iran: number };
  /** Strike only: how far the strike pushes Iran's breakout time back, in days. */
  setbackDays: number;
}

/** A deadline: at the end of `week`, with probability `credibility`, the US takes `option`. If it
 * does not, the deadline slips by `slipWeeks` and its credibility is multiplied by `decay`. */
export interface DeadlineParams {
  week: number;
  credibility: number;
  /** Index into `options` (a US option). */
  option: number;
  slipWeeks: number;
  decay: number;
}

/** One side's view where it may differ from the truth (Yildiz 2003: no common prior). */
export interface BeliefParams {
  /** Added to the true credibility of the *other* side's options and deadline (then clipped). */
  credibilityShift: number;
  /** Multiplies the change in Iran's leverage from week 0 (> 1: leverage grows faster). */
  leverageGrowth: number;
  /** This side's Pr(it proposes) in a random-protocol round. */
  proposeOdds: number;
}

/** Everything the solver needs for one draw. Validate at the boundary; the solver trusts it. */
export interface GameParams {
  horizonWeeks: number;
  /** Per-week discount factors in (0, 1). */
  discount: { us: number; iran: number };
  protocol: ProtocolParams;
  /** Iran's breakout time at weeks 0…horizonWeeks (length horizonWeeks + 1), in days. */
  breakoutDays: ArrayLike<number>;
  /** Leverage L = ln(ref/b)/ln(ref/floor), clipped to [0, 1], for breakout time b days. */
  leverageScale: { referenceDays: number; floorDays: number };
  /** No-deal values: US d = baseValue − advanceCost·L; Iran d = baseValue − sanctionsCost + leverageGain·L. */
  statusQuo: {
    us: { baseValue: number; advanceCost: number };
    iran: { baseValue: number; sanctionsCost: number; leverageGain: number };
  };
  /** Lump-sum costs of war (Powell's C_D for the US, C_R for Iran), in pie units. */
  war: { costUs: number; costIran: number };
  options: OptionParams[];
  deadline: DeadlineParams | null;
  /** Congress ratifies a deal iff the US share ≥ ρ, ρ ~ U[low, high] (INARA); null when not bound. */
  ratification: { low: number; high: number } | null;
  /** "A deal at any price": the US accepts any offer and never walks out. */
  usAcceptsAnyDeal: boolean;
  beliefs: { us: BeliefParams; iran: BeliefParams; halfLifeWeeks: number };
}
