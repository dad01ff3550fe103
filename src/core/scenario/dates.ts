// ISO-day arithmetic for the scenario layer (Temporal.PlainDate, never Date).
import { Temporal } from "temporal-polyfill";

/** `iso` plus `days` calendar days, as YYYY-MM-DD. */
export const addDaysIso = (iso: string, days: number) =>
  Temporal.PlainDate.from(iso).add({ days }).toString();

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetweenIso = (from: string, to: string) =>
  Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to)).days;
