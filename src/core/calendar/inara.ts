// The INARA clock: Pub. L. 114-17, adding §135 to the Atomic Energy Act (42 U.S.C. 2160e).
import { Temporal } from "temporal-polyfill";
import { type ClockStep, type LegalClock, stepAfter } from "./clock-step.js";
import { INARA_RULES } from "./constants.js";
import { addDays, compareDates, type DateInput, daysBetween, plainDate } from "./day-count.js";

/**
 * Which transmittals get the 60-day review. "statute": only 10 Jul–7 Sep 2015, as the 2015 text
 * says. "every-year": the same summer window in any year, a what-if for a re-enacted INARA.
 */
export type InaraReviewRule = "statute" | "every-year";

export interface InaraOptions {
  /** Date the agreement reaches Congress. Default: agreement date + 5 days (the latest allowed). */
  transmittedOn?: DateInput;
  /**
   * A joint resolution of disapproval passes on the last day of review, is vetoed on the last day
   * of the 12-day window, and the veto is sustained (the longest bar short of an enacted
   * disapproval). Default false: no disapproval passes.
   */
  disapproval?: boolean;
  /** Default "statute". */
  reviewRule?: InaraReviewRule;
  /** How many 90-day certification dates to list (0–40). Default 4. */
  certifications?: number;
}

export interface InaraClock extends LegalClock {
  clock: "inara";
  agreementDate: string;
  transmittedOn: string;
  reviewDays: number;
  disapproval: boolean;
  /** First day statutory relief may start on this path (the day after the last barred day). */
  reliefFrom: string;
  /** Over every lawful transmittal (agreement + 0..5 days), with and without a vetoed disapproval. */
  relief: { earliest: string; latest: string };
  /** The next certification due dates, every 90 days from the end of the bar (an assumption). */
  certificationsDue: string[];
  notes: string[];
}

const DEFAULTS = { disapproval: false, reviewRule: "statute", certifications: 4 } as const;

/** Review length in days for an agreement transmitted on `transmittedOn`: 30, or 60 in the window. */
export function inaraReviewDays(
  transmittedOn: DateInput,
  rule: InaraReviewRule = "statute",
): number {
  const day = plainDate(transmittedOn);
  const w = INARA_RULES.recessWindow.value;
  const year = rule === "statute" ? w.year : day.year;
  const from = Temporal.PlainDate.from({ year, ...w.from });
  const to = Temporal.PlainDate.from({ year, ...w.to });
  const inWindow = compareDates(day, from) >= 0 && compareDates(day, to) <= 0;
  return inWindow ? INARA_RULES.recessReviewDays.value : INARA_RULES.reviewDays.value;
}

/** `count` certification due dates, each 90 days after the previous one (§135(d)(6)). */
export function certificationDates(lastCertified: DateInput, count: number): string[] {
  const step = INARA_RULES.certificationDays.value;
  return Array.from({ length: count }, (_, k) => addDays(lastCertified, step * (k + 1)));
}

function barredSteps(transmittedOn: string, reviewDays: number, disapproval: boolean) {
  const review = stepAfter(transmittedOn, reviewDays, {
    name: "Congressional review (relief barred)",
    rule: reviewDays === 30 ? INARA_RULES.reviewDays.rule : INARA_RULES.recessReviewDays.rule,
    source: INARA_RULES.reviewDays.source,
  });
  if (!disapproval) return [review];
  const veto = stepAfter(review.end, INARA_RULES.vetoDays.value, {
    name: "Veto window after a disapproval",
    rule: INARA_RULES.vetoDays.rule,
    source: INARA_RULES.vetoDays.source,
  });
  const override = stepAfter(veto.end, INARA_RULES.overrideDays.value, {
    name: "Override window after a veto",
    rule: INARA_RULES.overrideDays.rule,
    source: INARA_RULES.overrideDays.source,
  });
  return [review, veto, override];
}

const reliefAfter = (steps: ClockStep[]) => addDays(steps[steps.length - 1].end, 1);

/**
 * The INARA clock for an agreement reached on `agreementDate`: transmission, review and, if a
 * disapproval passes, the veto and override windows; when statutory relief can start.
 * @example inaraClock("2015-07-14").steps[0] // review 2015-07-20 → 2015-09-17, 60 days
 */
export function inaraClock(agreementDate: DateInput, options: InaraOptions = {}): InaraClock {
  const o = { ...DEFAULTS, ...options };
  const agreed = plainDate(agreementDate).toString();
  const maxDelay = INARA_RULES.transmissionDays.value;
  const transmittedOn = plainDate(o.transmittedOn ?? addDays(agreed, maxDelay)).toString();
  const delay = daysBetween(agreed, transmittedOn);
  const reviewDays = inaraReviewDays(transmittedOn, o.reviewRule);
  const steps: ClockStep[] = [];
  if (delay > 0)
    steps.push(
      stepAfter(agreed, delay, {
        name: "Transmission to Congress",
        rule: INARA_RULES.transmissionDays.rule,
        source: INARA_RULES.transmissionDays.source,
      }),
    );
  const barred = barredSteps(transmittedOn, reviewDays, o.disapproval);
  steps.push(...barred);
  const reliefFrom = reliefAfter(barred);

  const candidates = Array.from({ length: maxDelay + 1 }, (_, k) => addDays(agreed, k));
  const reliefDates = (disapproval: boolean) =>
    candidates.map((t) =>
      reliefAfter(barredSteps(t, inaraReviewDays(t, o.reviewRule), disapproval)),
    );
  const earliest = reliefDates(false).sort(compareDates)[0];
  const latest = reliefDates(true).sort(compareDates)[maxDelay];

  const notes: string[] = [];
  if (delay < 0) notes.push("transmitted before the agreement date");
  if (delay > maxDelay) notes.push(`transmitted ${delay} days after agreement; INARA allows 5`);
  if (o.disapproval)
    notes.push("assumes the veto is sustained; an enacted disapproval bars relief indefinitely");
  return {
    clock: "inara",
    name: `INARA review of an agreement reached ${agreed}`,
    steps,
    agreementDate: agreed,
    transmittedOn,
    reviewDays,
    disapproval: o.disapproval,
    reliefFrom,
    relief: { earliest, latest },
    certificationsDue: certificationDates(addDays(reliefFrom, -1), o.certifications),
    notes,
  };
}
