// The public surface of core/calendar: the legal clocks (INARA, UNSCR 2231 snapback, the JCPOA
// dispute mechanism), JCPOA milestones and Annex I sunsets, all on Temporal.PlainDate.
export type { ClockStep, LegalClock } from "./clock-step.js";
export {
  ADOPTION_DAYS_AFTER_2231,
  ANNEX_I_SOURCE,
  ANNEX_I_SUNSET_RULES,
  DISPUTE_RULES,
  INARA_RULES,
  JCPOA_MILESTONE_DATES,
  SNAPBACK_RULES,
  type SourcedRule,
  TERMINATION_YEARS_AFTER_ADOPTION,
  TRANSITION_YEARS_AFTER_ADOPTION,
} from "./constants.js";
export type { DateInput as CalendarDateInput } from "./day-count.js";
export {
  type AdvisoryBoardTiming,
  type DisputeClock,
  type DisputeOptions,
  disputeClock,
} from "./dispute.js";
export {
  certificationDates,
  type InaraClock,
  type InaraOptions,
  type InaraReviewRule,
  inaraClock,
  inaraReviewDays,
} from "./inara.js";
export { type IsoDateResult, parseIsoDate } from "./iso-date.js";
export { derivedMilestones, type JcpoaMilestone, jcpoaMilestones } from "./milestones.js";
export { clocksPastDeadline, type StepPastDeadline } from "./past-deadline.js";
export { type SnapbackClock, type SnapbackStatus, snapbackClock } from "./snapback.js";
export { type AnnexISunset, sunsets } from "./sunsets.js";
