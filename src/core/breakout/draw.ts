import type { Rng } from "../rng.js";
import { type Dist, distQuantile, sample, uniform } from "../uncertain/index.js";
import { type BreakoutAssumptions, type DrawParameters, machineClass } from "./assumptions.js";
import { frontier, type Segment } from "./frontier.js";
import { inferCapacitySwuPerYear } from "./inferred-capacity.js";
import type { BreakoutModel, CompiledRate } from "./model.js";
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

/**
 * One draw of everything a model is uncertain about: the assumptions, then (only when the state
 * has them, so other states keep their draws) each capacity event's factor and each reported
 * rate's tails, uniform over their ranges.
 */
export function drawModelParameters(model: BreakoutModel, rng: Rng): DrawParameters {
  const p = drawParameters(model.assumptions, rng);
  if (model.scales.length === 0 && model.rates.length === 0) return p;
  const capacityScale: Record<string, number> = {};
  for (const s of model.scales) capacityScale[s.id] = sample(uniform(s.low, s.high), rng);
  const productionTails = model.rates.map((r) => sample(uniform(r.tails[0], r.tails[1]), rng));
  return { ...p, capacityScale, productionTails };
}

const scaleOf = (model: BreakoutModel, p: DrawParameters, id: string) => {
  const range = model.scales.find((s) => s.id === id);
  return p.capacityScale?.[id] ?? (range ? (range.low + range.high) / 2 : 1);
};
const tailsOf = (rate: CompiledRate, p: DrawParameters, k: number) =>
  p.productionTails?.[k] ?? (rate.tails[0] + rate.tails[1]) / 2;

/**
 * Cascades of one draw: count, output per cascade and day (machine-SWU, uptime applied), their
 * efficiencies, and whether they already run HEU steps (the capacity behind a reported 60 %
 * production rate, which needs no re-piping slot).
 */
export interface DrawCascade {
  site: string;
  machineType: string;
  /** Machines per cascade (0 for an inferred block, which has no machine count). */
  machinesPerCascade: number;
  count: number;
  perDay: number;
  eta: { leu: number; heu: number };
  runningHeu: boolean;
}

/** Rated SWU per year of some cascades (uptime taken out again). */
const ratedSwuPerYear = (cs: DrawCascade[], uptime: number) =>
  cs.reduce((sum, c) => sum + (c.count * c.perDay * DAYS_PER_YEAR) / uptime, 0);

/**
 * Adds one reported rate's capacity: the larger of what it implies and what the counts at its
 * sites imply ("larger"), or only what it implies ("production"). The capacity behind the rate is
 * taken from the sites' best cascades (so no cascade counts twice) and marked as running HEU steps;
 * any excess over the counts is an extra, inferred block at those sites.
 */
function addInferred(
  cascades: DrawCascade[],
  rate: CompiledRate,
  tails: number,
  basis: BreakoutAssumptions["capacityBasis"],
  p: DrawParameters,
) {
  const inferred = inferCapacitySwuPerYear(
    rate.kgUPerMonth,
    rate.productAssay,
    rate.feedAssay,
    tails,
  );
  const atSites = cascades
    .filter((c) => !c.runningHeu && rate.sites.includes(c.site))
    .sort((a, b) => b.perDay * b.eta.heu - a.perDay * a.eta.heu);
  const perDay = (swuPerYear: number) => (swuPerYear * p.uptime) / DAYS_PER_YEAR;
  const block = (swuPerYear: number): DrawCascade => ({
    site: rate.sites.join(" + "),
    machineType: "inferred",
    machinesPerCascade: 0,
    count: 1,
    perDay: perDay(swuPerYear),
    eta: p.efficiency.advanced,
    runningHeu: true,
  });
  if (basis === "production") {
    for (const c of atSites) c.count = 0;
    cascades.push(block(inferred));
    return;
  }
  const counted = ratedSwuPerYear(atSites, p.uptime);
  let need = Math.min(inferred, counted);
  for (const c of atSites) {
    if (need <= 0) break;
    const own = ratedSwuPerYear([c], p.uptime);
    const take = Math.min(own, need);
    const share = own > 0 ? take / own : 0;
    cascades.push({ ...c, count: c.count * share, runningHeu: true });
    c.count *= 1 - share;
    need -= take;
  }
  if (inferred > counted) cascades.push(block(inferred - counted));
}

/** The cascades of one draw, with capacity events and reported production applied. */
export function drawCascades(model: BreakoutModel, p: DrawParameters): DrawCascade[] {
  const cascades: DrawCascade[] = model.groups.map((g) => {
    const scale = g.scaleIds.reduce((s, id) => s * scaleOf(model, p, id), 1);
    return {
      site: g.site,
      machineType: g.machineType,
      machinesPerCascade: g.machinesPerCascade,
      count: (g.machines * scale) / g.machinesPerCascade,
      perDay:
        (g.machinesPerCascade * p.swuPerMachineYear[g.machineType] * p.uptime) / DAYS_PER_YEAR,
      eta: p.efficiency[machineClass(g.machineType)],
      runningHeu: false,
    };
  });
  model.rates.forEach((rate, k) => {
    addInferred(cascades, rate, tailsOf(rate, p, k), model.assumptions.capacityBasis, p);
  });
  return cascades.filter((c) => c.count > 0);
}

/**
 * The fleet's average efficiency on LEU and HEU steps, weighted by output. Work is counted in
 * machine-SWU at these averages: separative work ÷ η̄.
 */
export function fleetEfficiency(cascades: DrawCascade[]): { leu: number; heu: number } {
  const total = cascades.reduce((sum, c) => sum + c.count * c.perDay, 0);
  const mean = (pick: (c: DrawCascade) => number) =>
    cascades.reduce((sum, c) => sum + c.count * c.perDay * pick(c), 0) / total;
  return { leu: mean((c) => c.eta.leu), heu: mean((c) => c.eta.heu) };
}

/**
 * When capacity comes online: every cascade works from the end of the set-up. For HEU steps, the
 * cascades already running them (behind a reported 60 % rate) and the best `heuCascades` others
 * start then; the rest join once re-piped. HEU capacity is scaled by each cascade's HEU efficiency
 * relative to the fleet's, so IR-1 cascades count for less there.
 */
export function workProfile(
  model: BreakoutModel,
  p: DrawParameters,
  cascades: DrawCascade[] = drawCascades(model, p),
): WorkProfile {
  const eta = fleetEfficiency(cascades);
  const rated = cascades
    .map((c) => ({ ...c, heuPerDay: (c.perDay * c.eta.heu) / eta.heu }))
    .sort((a, b) => b.heuPerDay - a.heuPerDay);
  const total = rated.reduce((sum, c) => sum + c.count * c.perDay, 0);
  const totalHeu = rated.reduce((sum, c) => sum + c.count * c.heuPerDay, 0);
  const all = [{ startDay: p.setupDays, swuPerDay: total }];
  const cap = model.assumptions.heuCascades;
  if (cap === null) return { all, heu: [{ startDay: p.setupDays, swuPerDay: totalHeu }] };
  let first = 0;
  for (const c of rated) if (c.runningHeu) first += c.count * c.heuPerDay;
  let left = cap;
  for (const c of rated) {
    if (c.runningHeu) continue;
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
  const cascades = drawCascades(model, p);
  const eta = fleetEfficiency(cascades);
  const segments: Segment[] = frontier(model.feeds, eta.leu, eta.heu);
  const profile = workProfile(model, p, cascades);
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
