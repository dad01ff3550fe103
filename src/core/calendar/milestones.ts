// The JCPOA's fixed days: published dates, plus the rules that derive some of them from others.
import {
  ADOPTION_DAYS_AFTER_2231,
  JCPOA_MILESTONE_DATES,
  TERMINATION_YEARS_AFTER_ADOPTION,
  TRANSITION_YEARS_AFTER_ADOPTION,
} from "./constants.js";
import { addDays, plainDate } from "./day-count.js";

export interface JcpoaMilestone {
  id: keyof typeof JCPOA_MILESTONE_DATES;
  name: string;
  /** ISO YYYY-MM-DD. */
  date: string;
  rule: string;
  source: string;
}

const NAMES: Record<keyof typeof JCPOA_MILESTONE_DATES, string> = {
  finalisation: "Finalisation Day",
  resolution2231: "UNSCR 2231 adopted",
  adoptionDay: "Adoption Day",
  implementationDay: "Implementation Day",
  transitionDay: "Transition Day",
  terminationDay: "Termination Day",
};

/** The six JCPOA milestones in time order, with their published dates and sources. */
export function jcpoaMilestones(): JcpoaMilestone[] {
  return (Object.keys(NAMES) as (keyof typeof NAMES)[]).map((id) => ({
    id,
    name: NAMES[id],
    ...JCPOA_MILESTONE_DATES[id],
    date: JCPOA_MILESTONE_DATES[id].value,
  }));
}

/**
 * Adoption, Transition and Termination Days recomputed from the 2231 adoption date by the JCPOA's
 * rules (90 days; then 8 and 10 years after Adoption Day), to check the published dates.
 */
export function derivedMilestones(
  resolution2231: string = JCPOA_MILESTONE_DATES.resolution2231.value,
) {
  const adoptionDay = addDays(resolution2231, ADOPTION_DAYS_AFTER_2231);
  const years = (n: number) => plainDate(adoptionDay).add({ years: n }).toString();
  return {
    adoptionDay,
    transitionDay: years(TRANSITION_YEARS_AFTER_ADOPTION),
    terminationDay: years(TERMINATION_YEARS_AFTER_ADOPTION),
  };
}
