// Annex I sunsets: which JCPOA nuclear limits are in force on a date, by the text's own schedule.
import { ANNEX_I_SOURCE, ANNEX_I_SUNSET_RULES, JCPOA_MILESTONE_DATES } from "./constants.js";
import { compareDates, type DateInput, daysBetween, plainDate } from "./day-count.js";

export interface AnnexISunset {
  id: string;
  limit: string;
  cap: { value: number; unit: string };
  years: number;
  /** Implementation Day: the first day the limit applies. */
  from: string;
  /** The anniversary `years` after Implementation Day: the first day without the limit. */
  liftedOn: string;
  /** True when `asOf` falls in [from, liftedOn). */
  inForce: boolean;
  /** Days from `asOf` to `liftedOn` while in force; 0 otherwise. */
  daysLeft: number;
  source: string;
}

/**
 * Annex I limits and whether each is in force on `asOf` under the JCPOA text (durations from
 * Implementation Day, Annex I para 1). Whether Iran observes them is not modelled here.
 * @example sunsets("2026-02-01").find((s) => s.id === "natanz_centrifuges")?.inForce // false
 */
export function sunsets(asOf: DateInput): AnnexISunset[] {
  const day = plainDate(asOf);
  const from = JCPOA_MILESTONE_DATES.implementationDay.value;
  return ANNEX_I_SUNSET_RULES.map((r) => {
    const liftedOn = plainDate(from).add({ years: r.years }).toString();
    const inForce = compareDates(day, from) >= 0 && compareDates(day, liftedOn) < 0;
    return {
      id: r.id,
      limit: r.limit,
      cap: { ...r.cap },
      years: r.years,
      from,
      liftedOn,
      inForce,
      daysLeft: inForce ? daysBetween(day, liftedOn) : 0,
      source: `${r.source} (durations: ${ANNEX_I_SOURCE})`,
    };
  });
}
