// Statutory day counting, shared by every clock. "Within N days of an event" counts the day after
// the event as day 1 and the Nth day after it as day N: the day of the event itself is excluded
// (the rule INARA, UNSCR 2231 and the JCPOA are read by; checked against 2015 and 2025 history).
import { Temporal } from "temporal-polyfill";

/** A calendar date: a Temporal.PlainDate or an ISO "YYYY-MM-DD" string (validated at the edge). */
export type DateInput = Temporal.PlainDate | string;

export const plainDate = (date: DateInput): Temporal.PlainDate => Temporal.PlainDate.from(date);

/** Calendar days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: DateInput, to: DateInput): number {
  return plainDate(from).until(plainDate(to), { largestUnit: "days" }).days;
}

export const addDays = (date: DateInput, days: number): string =>
  plainDate(date).add({ days }).toString();

/** The instant "00:00 GMT after" a day, i.e. the start of the next day in UTC, as ISO with Z. */
export const midnightGmtAfter = (date: DateInput): string =>
  `${plainDate(date).add({ days: 1 }).toString()}T00:00:00Z`;

/** Compares two dates: negative, zero or positive like Array.sort expects. */
export const compareDates = (a: DateInput, b: DateInput): number =>
  Temporal.PlainDate.compare(plainDate(a), plainDate(b));
