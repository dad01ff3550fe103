import { Temporal } from "temporal-polyfill";

export type IsoDateResult = { ok: true; value: Temporal.PlainDate } | { ok: false; error: string };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses a calendar date written exactly as YYYY-MM-DD (e.g. "2021-12-31"). Rejects other forms
 * that Temporal would accept ("20211231", times, offsets) so a typo is never read as a date.
 */
export function parseIsoDate(text: string): IsoDateResult {
  const trimmed = text.trim();
  if (!ISO_DAY.test(trimmed))
    return { ok: false, error: `expected a date as YYYY-MM-DD (e.g. 2021-12-31), got "${text}"` };
  try {
    return { ok: true, value: Temporal.PlainDate.from(trimmed, { overflow: "reject" }) };
  } catch {
    return { ok: false, error: `"${text}" is not a calendar date (expected YYYY-MM-DD)` };
  }
}
