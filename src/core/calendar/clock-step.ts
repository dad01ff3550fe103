import { type DateInput, plainDate } from "./day-count.js";

/** One step of a legal clock, over whole days, both ends included. */
export interface ClockStep {
  /** What runs during the step ("Congressional review"). */
  name: string;
  /** First counted day (ISO YYYY-MM-DD): the day after the triggering event. */
  start: string;
  /** Last counted day (ISO YYYY-MM-DD), included. */
  end: string;
  /** Length in calendar days: end − start + 1. */
  days: number;
  /** The rule that sets the length, in words. */
  rule: string;
  /** Where the rule is written (URL). */
  source: string;
  /** True for a step that runs alongside the main track (e.g. the DRM advisory board). */
  parallel?: boolean;
}

/** What every legal clock returns: a name and its ordered steps, ready for a table or a chart. */
export interface LegalClock {
  /** Which clock ("inara", "snapback", "drm"). */
  clock: string;
  /** A human label ("INARA review of an agreement reached 2015-07-14"). */
  name: string;
  /** Steps in time order; the main track (non-parallel steps) is contiguous. */
  steps: ClockStep[];
}

/** The step of `days` calendar days that follows `event` (day of the event excluded). */
export function stepAfter(
  event: DateInput,
  days: number,
  label: { name: string; rule: string; source: string },
): ClockStep {
  const day0 = plainDate(event);
  return {
    name: label.name,
    start: day0.add({ days: 1 }).toString(),
    end: day0.add({ days }).toString(),
    days,
    rule: label.rule,
    source: label.source,
  };
}
