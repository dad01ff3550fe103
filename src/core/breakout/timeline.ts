import type { Segment } from "./frontier.js";

/** Capacity that comes online on `startDay` and then works at `swuPerDay` (machine-SWU). */
export interface CapacityStep {
  startDay: number;
  swuPerDay: number;
}

/**
 * How fast work gets done over time. `all` is every cascade (any step); `heu` is what may take the
 * HEU steps: the cascades ready first, then the rest once re-piped. W(t) = Σ r·max(0, t − s).
 */
export interface WorkProfile {
  all: CapacityStep[];
  heu: CapacityStep[];
}

/** Machine-SWU done by day `t`. */
export function workDone(steps: CapacityStep[], t: number): number {
  let sum = 0;
  for (const s of steps) if (t > s.startDay) sum += s.swuPerDay * (t - s.startDay);
  return sum;
}

/** The day by which `work` machine-SWU are done (steps sorted by start), Infinity if never. */
export function dayOfWork(steps: CapacityStep[], work: number): number {
  if (work <= 0) return 0;
  let rate = 0;
  let done = 0;
  for (let i = 0; i < steps.length; i++) {
    rate += steps[i].swuPerDay;
    const next = i + 1 < steps.length ? steps[i + 1].startDay : Number.POSITIVE_INFINITY;
    const reach = rate > 0 ? steps[i].startDay + (work - done) / rate : Number.POSITIVE_INFINITY;
    if (reach <= next) return reach;
    done += rate * (next - steps[i].startDay);
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * Days to do LEU and HEU work side by side (a pipeline): the later of all the work on all the
 * capacity and the HEU work on the capacity allowed for HEU. The pipeline's filling time is part
 * of the set-up.
 */
export function daysForWork(leu: number, heu: number, profile: WorkProfile): number {
  return Math.max(dayOfWork(profile.all, leu + heu), dayOfWork(profile.heu, heu));
}

/** Days until `kg` of 90 % uranium exist, or null if the stocks cannot give that much. */
export function daysToProduce(
  segments: Segment[],
  kg: number,
  profile: WorkProfile,
): number | null {
  let made = 0;
  let leu = 0;
  let heu = 0;
  for (const s of segments) {
    const take = Math.min(s.kg, kg - made);
    made += take;
    leu += take * s.leuRate;
    heu += take * s.heuRate;
    if (made >= kg - 1e-9) return daysForWork(leu, heu, profile);
  }
  return null;
}

/**
 * kg of 90 % uranium produced after `days`. Inside a piece the work grows linearly with the
 * amount, so the amount is the smallest that exhausts either budget (all work, HEU work).
 */
export function kgProducedBy(segments: Segment[], days: number, profile: WorkProfile): number {
  const allBudget = workDone(profile.all, days);
  const heuBudget = workDone(profile.heu, days);
  let made = 0;
  let all = 0;
  let heu = 0;
  for (const s of segments) {
    let take = s.kg;
    const slope = s.leuRate + s.heuRate;
    if (slope > 0) take = Math.min(take, (allBudget - all) / slope);
    if (s.heuRate > 0) take = Math.min(take, (heuBudget - heu) / s.heuRate);
    if (take < s.kg) return made + Math.max(0, take);
    made += take;
    all += take * slope;
    heu += take * s.heuRate;
  }
  return made;
}
