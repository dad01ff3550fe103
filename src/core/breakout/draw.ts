import type { Rng } from "../rng.js";
import { type Dist, distQuantile, sample } from "../uncertain/index.js";
import { type BreakoutAssumptions, type DrawParameters, machineClass } from "./assumptions.js";
import { frontier, type Segment } from "./frontier.js";
import type { BreakoutModel } from "./model.js";
import { daysToProduce, kgProducedBy, type WorkProfile } from "./timeline.js";

const DAYS_PER_YEAR = 365.25;
/** Average month length, days (365.25 / 12). */
export const DAYS_PER_MONTH = 30.4375;

function mapDists(a: BreakoutAssumptions, pick: (d: Dist) => number): DrawParameters {
  const swuPerMachineYear: Record<string, number> = {};
  for (const type of Object.keys(a.machineSwuPerYear).sort()) {
    swuPerMachineYear[type] = pick(a.machineSwuPerYear[type]);
  }
  return {
    swuPerMachineYear,
    uptime: pick(a.uptime),
    efficiency: {
      ir1: { leu: pick(a.efficiency.ir1.leu), heu: pick(a.efficiency.ir1.heu) },
      advanced: { leu: pick(a.efficiency.advanced.leu), heu: pick(a.efficiency.advanced.heu) },
    },
    setupDays: pick(a.setupDays),
    reconfigurationDays: pick(a.reconfigurationDays),
  };
}

/** One draw of the uncertain inputs (machine types in sorted order, so draws are reproducible). */
export function drawParameters(a: BreakoutAssumptions, rng: Rng): DrawParameters {
  return mapDists(a, (d) => sample(d, rng));
}

/** Every uncertain input at its median: the central plan. */
export function medianParameters(a: BreakoutAssumptions): DrawParameters {
  return mapDists(a, (d) => distQuantile(d, 0.5));
}

/** Cascades of the plan's fleet: count and rated output per day (machine-SWU) for one draw. */
function cascadeRates(model: BreakoutModel, p: DrawParameters) {
  return model.groups.map((g) => {
    const eta = p.efficiency[machineClass(g.machineType)];
    return {
      count: g.machines / g.machinesPerCascade,
      perDay:
        (g.machinesPerCascade * p.swuPerMachineYear[g.machineType] * p.uptime) / DAYS_PER_YEAR,
      eta,
    };
  });
}

/**
 * The fleet's average efficiency on LEU and HEU steps, weighted by output. Work is counted in
 * machine-SWU at these averages: separative work ÷ η̄.
 */
export function fleetEfficiency(
  model: BreakoutModel,
  p: DrawParameters,
): { leu: number; heu: number } {
  const cascades = cascadeRates(model, p);
  const total = cascades.reduce((sum, c) => sum + c.count * c.perDay, 0);
  const mean = (pick: (c: (typeof cascades)[number]) => number) =>
    cascades.reduce((sum, c) => sum + c.count * c.perDay * pick(c), 0) / total;
  return { leu: mean((c) => c.eta.leu), heu: mean((c) => c.eta.heu) };
}

/**
 * When capacity comes online: every cascade works from the end of the set-up; for HEU steps only
 * the best `heuCascades` do, and the rest join once re-piped. HEU capacity is scaled by each
 * cascade's HEU efficiency relative to the fleet's, so IR-1 cascades count for less there.
 */
export function workProfile(model: BreakoutModel, p: DrawParameters): WorkProfile {
  const eta = fleetEfficiency(model, p);
  const cascades = cascadeRates(model, p)
    .map((c) => ({ ...c, heuPerDay: (c.perDay * c.eta.heu) / eta.heu }))
    .sort((a, b) => b.heuPerDay - a.heuPerDay);
  const total = cascades.reduce((sum, c) => sum + c.count * c.perDay, 0);
  const totalHeu = cascades.reduce((sum, c) => sum + c.count * c.heuPerDay, 0);
  const all = [{ startDay: p.setupDays, swuPerDay: total }];
  const cap = model.assumptions.heuCascades;
  if (cap === null) return { all, heu: [{ startDay: p.setupDays, swuPerDay: totalHeu }] };
  let left = cap;
  let first = 0;
  for (const c of cascades) {
    const n = Math.min(left, c.count);
    first += n * c.heuPerDay;
    left -= n;
    if (left <= 0) break;
  }
  const rejoin = Math.max(p.setupDays, p.reconfigurationDays);
  return {
    all,
    heu: [
      { startDay: p.setupDays, swuPerDay: first },
      { startDay: rejoin, swuPerDay: totalHeu - first },
    ],
  };
}

/** What one draw gives: days to the first and to the N-th quantity, and kg by month 1–12. */
export interface DrawOutcome {
  firstDays: number | null;
  nthDays: number | null;
  kgByMonth: number[];
}

export function runDraw(model: BreakoutModel, p: DrawParameters, quantities: number): DrawOutcome {
  const eta = fleetEfficiency(model, p);
  const segments: Segment[] = frontier(model.feeds, eta.leu, eta.heu);
  const profile = workProfile(model, p);
  const kgByMonth: number[] = [];
  for (let month = 1; month <= 12; month++) {
    kgByMonth.push(kgProducedBy(segments, month * DAYS_PER_MONTH, profile));
  }
  const firstDays = daysToProduce(segments, model.targetKg, profile);
  return {
    firstDays,
    nthDays:
      quantities > 1 ? daysToProduce(segments, quantities * model.targetKg, profile) : firstDays,
    kgByMonth,
  };
}
