import type { StockBand } from "../program/index.js";
import { point } from "../uncertain/index.js";
import type { BreakoutAssumptions, DrawParameters } from "./assumptions.js";
import { runDraw } from "./draw.js";
import { type BreakoutModel, compileBreakout } from "./model.js";
import { describePlan } from "./plan.js";

const IDEAL_TAILS: [number, number] = [0.003, 0.999];

/**
 * Pure separative-work bookkeeping: the same stocks and machines, but ideal cascades (η = 1, all
 * running), no set-up, every cascade on any step, and tails up to the feed's assay where the stock
 * allows (the unlimited-feed bound). No real plan is faster.
 */
export function lowerBound(
  model: BreakoutModel,
  central: DrawParameters,
): { days: number | null; swu: number } {
  const ideal: BreakoutAssumptions = {
    ...model.assumptions,
    heuCascades: null,
    tailsRange: Object.fromEntries(
      Object.keys(model.assumptions.tailsRange).map((band) => [band, IDEAL_TAILS]),
    ) as Record<StockBand, [number, number]>,
    setupDays: point(0),
  };
  const idealModel = compileBreakout(model.state, ideal);
  const p: DrawParameters = {
    ...central,
    uptime: 1,
    setupDays: 0,
    efficiency: { ir1: { leu: 1, heu: 1 }, advanced: { leu: 1, heu: 1 } },
  };
  const days = runDraw(idealModel, p, 1).firstDays;
  return { days, swu: describePlan(idealModel, p).totalSwu };
}
