// P(Congress rejects the first deal put to it) under an INARA strategy: per draw, the equilibrium
// plan's first deal proposal (by the true proposer of each round) and its ratification chance.
import {
  BARGAINING_ACTION,
  type BargainingConfig,
  resolveGameDraw,
  rngDraw,
  solveBargainingGame,
} from "../../bargaining/index.js";
import { createRng } from "../../rng.js";

/** Mean of 1 − Pr(ratify) at the first deal the plan proposes, over `draws` draws (stream 7919). */
export function pFirstDealRejected(
  config: BargainingConfig,
  strategy: number,
  draws: number,
  seed: number,
): number | null {
  const rng = createRng(seed, 7919);
  const draw = rngDraw(rng);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < draws; i++) {
    const params = resolveGameDraw(config, strategy, draw);
    const solved = solveBargainingGame(params);
    if (!solved.ok) continue;
    const { plan } = solved;
    const every = params.protocol.everyWeeks;
    const first = params.protocol.first === "us" ? 0 : 1;
    for (let t = 0; t < plan.horizonWeeks; t += every) {
      // Random protocols: read the US-proposer branch (a stated simplification).
      const p = params.protocol.kind === "alternating" ? (first + Math.floor(t / every)) % 2 : 0;
      if (plan.action[2 * t + p] === BARGAINING_ACTION.deal) {
        sum += 1 - plan.ratifyProbability[2 * t + p];
        n++;
        break;
      }
    }
  }
  return n === 0 ? null : sum / n;
}
