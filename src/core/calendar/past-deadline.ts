// "Given a deadline, which clocks run past it?"
import type { ClockStep, LegalClock } from "./clock-step.js";
import { compareDates, type DateInput, daysBetween, plainDate } from "./day-count.js";

export interface StepPastDeadline {
  /** The clock's name. */
  clock: string;
  step: ClockStep;
  /** Days the step's last day falls after the deadline (≥ 1). */
  daysPastDeadline: number;
}

/**
 * The steps of `clocks` whose last day falls after `deadline` (a step ending on the deadline is
 * within it), sorted by end date; ties keep the clocks' order.
 */
export function clocksPastDeadline(
  deadline: DateInput,
  clocks: readonly Pick<LegalClock, "name" | "steps">[],
): StepPastDeadline[] {
  const limit = plainDate(deadline);
  return clocks
    .flatMap((c) =>
      c.steps
        .filter((s) => compareDates(s.end, limit) > 0)
        .map((step) => ({ clock: c.name, step, daysPastDeadline: daysBetween(limit, step.end) })),
    )
    .sort((a, b) => compareDates(a.step.end, b.step.end));
}
