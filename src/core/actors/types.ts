/** A point of a series: the value an input takes from `round` on (linear between points). */
export interface ActorSeriesPoint {
  round: number;
  value: number;
}

/**
 * One actor, as every actor model reads it.
 * - `capability`: power to move outcomes, ≥ 0, any unit (only ratios matter).
 * - `position[k]`: the outcome it wants on dimension k, in the dimension's own units.
 * - `salience[k]`: how much dimension k matters to it, in [0, 1].
 * - `capabilitySeries` / `salienceSeries[k]`: optional values by round, re-read every round
 *   (for example Iran's capability rising as breakout time falls); they override the constants.
 */
export interface ActorInput {
  name: string;
  capability: number;
  position: number[];
  salience: number[];
  capabilitySeries?: ActorSeriesPoint[];
  salienceSeries?: (ActorSeriesPoint[] | undefined)[];
}

/** A set of actors over named dimensions. */
export interface ActorSet {
  name?: string;
  dimensions: string[];
  actors: ActorInput[];
}

/** What every model returns: positions by round and the forecast (one value per dimension). */
export interface ActorTrajectory {
  model: string;
  dimensions: string[];
  actorNames: string[];
  /** rounds[t][i][k]: actor i's position on dimension k after round t (round 0 = the input). */
  rounds: number[][][];
  /** The capability-salience-weighted mean of positions after each round, per dimension. */
  meanByRound: number[][];
  /** The model's forecast per dimension (its final mean, median or outcome). */
  forecast: number[];
  converged: boolean;
}
