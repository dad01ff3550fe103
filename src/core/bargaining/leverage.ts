/**
 * Iran's leverage from its breakout time: L = ln(ref/b)/ln(ref/floor), clipped to [0, 1]. A log
 * scale, so each halving of breakout time adds the same leverage; L = 0 at the JCPOA's one-year
 * goal (ref = 365 days) and 1 at `floorDays`. Our own modelling choice (docs/bargaining.md).
 */
export function leverageFromBreakout(
  breakoutDays: number,
  referenceDays: number,
  floorDays: number,
): number {
  const days = Math.max(breakoutDays, floorDays);
  const leverage = Math.log(referenceDays / days) / Math.log(referenceDays / floorDays);
  return Math.min(1, Math.max(0, leverage));
}

/** A point of a breakout series: at `week` (from the start), `breakoutDays`. */
export interface SeriesPoint {
  week: number;
  breakoutDays: number;
}

/**
 * The series at weeks 0…horizonWeeks, linearly interpolated between points (sorted by week) and
 * held flat beyond the first and last, times `scale` (an uncertain multiplier per draw).
 */
export function breakoutAtWeeks(
  points: readonly SeriesPoint[],
  horizonWeeks: number,
  scale = 1,
): Float64Array {
  const out = new Float64Array(horizonWeeks + 1);
  let j = 0;
  for (let week = 0; week <= horizonWeeks; week++) {
    while (j < points.length - 1 && points[j + 1].week <= week) j++;
    const a = points[j];
    const b = points[Math.min(j + 1, points.length - 1)];
    let days = a.breakoutDays;
    if (week > a.week && b.week > a.week) {
      const f = Math.min(1, (week - a.week) / (b.week - a.week));
      days = a.breakoutDays + f * (b.breakoutDays - a.breakoutDays);
    }
    out[week] = days * scale;
  }
  return out;
}
