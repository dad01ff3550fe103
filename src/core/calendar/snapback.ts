// The UNSCR 2231 snapback clock: operative paragraphs 11–12, lapsing on Termination Day (op. 8).
import { type LegalClock, stepAfter } from "./clock-step.js";
import { SNAPBACK_RULES } from "./constants.js";
import { addDays, compareDates, type DateInput, midnightGmtAfter, plainDate } from "./day-count.js";

/**
 * - "reimposes": the earlier resolutions apply again at `reapplyInstant` unless continuation is
 *   adopted (any permanent member can veto continuation, so it cannot be blocked).
 * - "runs-past-termination": the 30 days end on or after Termination Day; whether the process
 *   survives termination is contested (2231 op. 8), so the date is given but flagged.
 * - "lapsed": notified on or after Termination Day; the option no longer exists.
 * - "not-in-force": notified before UNSCR 2231 was adopted.
 */
export type SnapbackStatus = "reimposes" | "runs-past-termination" | "lapsed" | "not-in-force";

export interface SnapbackClock extends LegalClock {
  clock: "snapback";
  notificationDate: string;
  status: SnapbackStatus;
  /** Last day for a member to table the continuation draft (day 10); then the President must. */
  draftTabledBy: string | null;
  /** Last day of the 30 (the vote on continuation must fall by then). */
  voteBy: string | null;
  /** The UTC day at whose start the sanctions apply again. */
  reapplyDate: string | null;
  /** The instant itself: 00:00 GMT after the 30th day, ISO with Z ("2025-09-28T00:00:00Z"). */
  reapplyInstant: string | null;
  terminationDay: string;
}

/**
 * The snapback clock for a notification of significant non-performance on `notificationDate`.
 * @example snapbackClock("2025-08-28").reapplyInstant // "2025-09-28T00:00:00Z"
 */
export function snapbackClock(notificationDate: DateInput): SnapbackClock {
  const notified = plainDate(notificationDate).toString();
  const terminationDay = SNAPBACK_RULES.terminationDay.value;
  const base = {
    clock: "snapback" as const,
    name: `UNSCR 2231 snapback notified ${notified}`,
    notificationDate: notified,
    terminationDay,
  };
  const early = compareDates(notified, SNAPBACK_RULES.inForceFrom.value) < 0;
  if (early || compareDates(notified, terminationDay) >= 0)
    return {
      ...base,
      status: early ? "not-in-force" : "lapsed",
      steps: [],
      draftTabledBy: null,
      voteBy: null,
      reapplyDate: null,
      reapplyInstant: null,
    };
  const tablingDays = SNAPBACK_RULES.tablingDays.value;
  const clockDays = SNAPBACK_RULES.clockDays.value;
  const tabling = stepAfter(notified, tablingDays, {
    name: "Continuation draft to be tabled",
    rule: SNAPBACK_RULES.tablingDays.rule,
    source: SNAPBACK_RULES.tablingDays.source,
  });
  const vote = stepAfter(tabling.end, clockDays - tablingDays, {
    name: "Council vote on continuation",
    rule: SNAPBACK_RULES.clockDays.rule,
    source: SNAPBACK_RULES.clockDays.source,
  });
  const reapplyDate = addDays(vote.end, 1);
  return {
    ...base,
    status: compareDates(reapplyDate, terminationDay) >= 0 ? "runs-past-termination" : "reimposes",
    steps: [tabling, vote],
    draftTabledBy: tabling.end,
    voteBy: vote.end,
    reapplyDate,
    reapplyInstant: midnightGmtAfter(vote.end),
  };
}
