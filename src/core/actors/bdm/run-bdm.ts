import { capabilityAt, salienceAt } from "../series.js";
import type { ActorInput, ActorTrajectory } from "../types.js";
import { weightedMean } from "../weighted-mean.js";
import { BDM_DEFAULTS, type BdmIssue, type BdmSettings } from "./bdm-settings.js";
import { type BdmOffer, bdmChooseOffer, bdmOffers } from "./offers.js";
import { bdmRiskExponents } from "./risk.js";

/** One round on one dimension: positions before it, the risk exponents and the offers made. */
export interface BdmRoundRecord {
  dimension: number;
  round: number;
  positions: number[];
  mean: number;
  risk: number[];
  offers: BdmOffer[];
}

export interface BdmResult extends ActorTrajectory {
  model: "bdm";
  settings: BdmSettings;
  /** Per round and dimension: the risk exponents and offers that produced the next positions. */
  log: BdmRoundRecord[];
}

function issueAt(
  actors: readonly ActorInput[],
  k: number,
  round: number,
  x: number[],
  range: number,
) {
  return {
    position: x,
    capability: actors.map((a) => capabilityAt(a, round)),
    salience: actors.map((a) => salienceAt(a, k, round)),
    range,
  } satisfies BdmIssue;
}

/**
 * Runs the expected-utility model on every dimension separately (it is one-dimensional), round
 * after round until no position moves or `maxRounds` is reached. Capability and salience are
 * re-read from their series each round.
 */
export function runBdm(
  actors: readonly ActorInput[],
  dimensions: readonly string[],
  options: Partial<BdmSettings> = {},
): BdmResult {
  const settings = { ...BDM_DEFAULTS, ...options } satisfies BdmSettings;
  const nDims = dimensions.length;
  const log: BdmRoundRecord[] = [];
  let current = actors.map((a) => [...a.position]);
  const rounds = [current.map((p) => [...p])];
  const ranges = dimensions.map((_, k) => {
    const xs = actors.map((a) => a.position[k]);
    return Math.max(...xs) - Math.min(...xs);
  });
  let converged = false;
  for (let round = 0; round < settings.maxRounds && !converged; round++) {
    const next = current.map((p) => [...p]);
    let moved = 0;
    for (let k = 0; k < nDims; k++) {
      if (ranges[k] <= 0) continue;
      const x = current.map((p) => p[k]);
      const issue = issueAt(actors, k, round, x, ranges[k]);
      const mu = weightedMean(actors, k, round, x);
      const risk = bdmRiskExponents(issue, mu, settings);
      const offers = bdmOffers(issue, risk, mu, settings);
      log.push({ dimension: k, round, positions: x, mean: mu, risk, offers });
      for (let j = 0; j < actors.length; j++) {
        const received = offers.filter((o) => o.to === j);
        next[j][k] = bdmChooseOffer(x[j], received, settings.offerRule);
        moved = Math.max(moved, Math.abs(next[j][k] - x[j]) / ranges[k]);
      }
    }
    current = next;
    rounds.push(current.map((p) => [...p]));
    converged = moved <= settings.tolerance;
  }
  const meanByRound = rounds.map((r, t) =>
    dimensions.map((_, k) =>
      weightedMean(
        actors,
        k,
        t,
        r.map((p) => p[k]),
      ),
    ),
  );
  return {
    model: "bdm",
    settings,
    dimensions: [...dimensions],
    actorNames: actors.map((a) => a.name),
    rounds,
    meanByRound,
    forecast: meanByRound[meanByRound.length - 1],
    converged,
    log,
  };
}
