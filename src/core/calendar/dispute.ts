// The JCPOA dispute resolution mechanism (paragraphs 36–37), ending in the 2231 Council stage.
import { type ClockStep, type LegalClock, stepAfter } from "./clock-step.js";
import { DISPUTE_RULES } from "./constants.js";
import { compareDates, type DateInput, daysBetween, plainDate } from "./day-count.js";
import { type SnapbackClock, snapbackClock } from "./snapback.js";

/** "parallel": alongside ministers (the minimum path); "after": once ministers are done. */
export type AdvisoryBoardTiming = "none" | "parallel" | "after";

export interface DisputeOptions {
  /** Default "none". */
  advisoryBoard?: AdvisoryBoardTiming;
  /** Extra days agreed by consensus for the Joint Commission and the ministers (≥ 0). Default 0. */
  extensionDays?: { jointCommission?: number; ministers?: number };
}

export interface DisputeClock extends LegalClock {
  clock: "drm";
  referralDate: string;
  advisoryBoard: AdvisoryBoardTiming;
  /** Day the complaining participant can notify the Council (last day of the JCPOA stages). */
  councilNotificationDate: string;
  /** The Council stage: the snapback clock from that notification (may be "lapsed"). */
  council: SnapbackClock;
  /** Days from referral to the last day of the Council's 30 (65 on the minimum path). */
  totalDays: number | null;
  reapplyInstant: string | null;
  notes: string[];
}

/**
 * The dispute clock for an issue referred to the Joint Commission on `referralDate`. The 5-day
 * final consideration is always counted, as in the 65-day minimum the sources give.
 * @example disputeClock("2020-01-14").totalDays // 65
 */
export function disputeClock(referralDate: DateInput, options: DisputeOptions = {}): DisputeClock {
  const referred = plainDate(referralDate).toString();
  const advisoryBoard = options.advisoryBoard ?? "none";
  const ext = { jointCommission: 0, ministers: 0, ...options.extensionDays };
  const r = DISPUTE_RULES;
  const label = (name: string, rule: { rule: string; source: string }) => ({ name, ...rule });
  const jc = stepAfter(
    referred,
    r.jointCommissionDays.value + ext.jointCommission,
    label("Joint Commission", r.jointCommissionDays),
  );
  const ministers = stepAfter(
    jc.end,
    r.ministersDays.value + ext.ministers,
    label("Foreign ministers", r.ministersDays),
  );
  const steps: ClockStep[] = [jc, ministers];
  let lastJcpoaEnd = ministers.end;
  const board = label("Advisory board opinion", r.advisoryBoardDays);
  if (advisoryBoard === "parallel")
    steps.push({ ...stepAfter(jc.end, r.advisoryBoardDays.value, board), parallel: true });
  if (advisoryBoard === "after") {
    const after = stepAfter(ministers.end, r.advisoryBoardDays.value, board);
    steps.push(after);
    lastJcpoaEnd = after.end;
  }
  const final = stepAfter(
    lastJcpoaEnd,
    r.finalConsiderationDays.value,
    label("Joint Commission final consideration", r.finalConsiderationDays),
  );
  steps.push(final);
  const council = snapbackClock(final.end);
  steps.push(...council.steps);

  const notes: string[] = [];
  if (compareDates(referred, r.inForceFrom.value) < 0)
    notes.push("referred before the JCPOA was finalised (14 Jul 2015)");
  if (council.status === "lapsed")
    notes.push("the Council stage would start after Termination Day: snapback has lapsed");
  const lastDay = council.voteBy;
  return {
    clock: "drm",
    name: `JCPOA dispute referred ${referred}`,
    steps,
    referralDate: referred,
    advisoryBoard,
    councilNotificationDate: final.end,
    council,
    totalDays: lastDay === null ? null : daysBetween(referred, lastDay),
    reapplyInstant: council.reapplyInstant,
    notes,
  };
}
