// Boundary checks for the clock command's dates: parse once, name the flag, state the range.
import { parseIsoDate } from "../../core/index.js";
import { UserError } from "../user-error.js";

/** Parses a --flag value as YYYY-MM-DD or throws a UserError naming the flag. */
export function dateOption(flag: string, text: string): string {
  const parsed = parseIsoDate(text);
  if (!parsed.ok) throw new UserError(`${flag}: ${parsed.error}`);
  return parsed.value.toString();
}

/** Throws a UserError when `date` falls before `first`, the day the rule came into force. */
export function notBefore(flag: string, date: string, first: string, why: string): void {
  if (date < first)
    throw new UserError(
      `${flag}: ${date} is before ${first} (${why}); use a date from ${first} on`,
    );
}
