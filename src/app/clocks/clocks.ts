// The legal clocks' use case: INARA review, UNSCR 2231 snapback and the JCPOA dispute mechanism,
// from checked dates. The options' schemas serve the CLI's flags and the API's query strings.
import { z } from "zod";
import {
  DISPUTE_RULES,
  disputeClock,
  INARA_RULES,
  inaraClock,
  SNAPBACK_RULES,
  snapbackClock,
} from "../../core/index.js";
import { UserError } from "../user-error.js";
import { dateOption, notBefore } from "./clock-dates.js";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date, YYYY-MM-DD" });
/** A yes/no option: a boolean, or the text "true"/"false" of a query string. */
const flag = z
  .union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")], {
    error: "expected true or false",
  })
  .default(false);

export const INARA_OPTIONS = z.strictObject({
  from: isoDay,
  transmitted: isoDay.optional(),
  disapproval: flag,
  reviewRule: z.enum(["statute", "every-year"]).default("statute"),
});
export const SNAPBACK_OPTIONS = z.strictObject({ from: isoDay });
export const DISPUTE_OPTIONS = z.strictObject({ from: isoDay, advisory: flag });

export type InaraOptions = z.output<typeof INARA_OPTIONS>;

/** The INARA clock for checked options (a UserError names the bad flag). */
export function inaraResult(opts: InaraOptions) {
  const from = dateOption("--from", opts.from);
  notBefore("--from", from, INARA_RULES.enacted.value, "INARA was signed into law");
  const transmittedOn =
    opts.transmitted === undefined ? undefined : dateOption("--transmitted", opts.transmitted);
  if (transmittedOn !== undefined && transmittedOn < from)
    throw new UserError(`--transmitted: ${transmittedOn} is before --from ${from}`);
  return inaraClock(from, {
    transmittedOn,
    disapproval: opts.disapproval,
    reviewRule: opts.reviewRule,
  });
}

/** The snapback clock from a notification date (a UserError names the bad flag). */
export function snapbackResult(opts: z.output<typeof SNAPBACK_OPTIONS>) {
  const from = dateOption("--from", opts.from);
  notBefore("--from", from, SNAPBACK_RULES.inForceFrom.value, "UNSCR 2231 was adopted then");
  return snapbackClock(from);
}

/** The dispute-mechanism clock from a referral date (a UserError names the bad flag). */
export function disputeResult(opts: z.output<typeof DISPUTE_OPTIONS>) {
  const from = dateOption("--from", opts.from);
  notBefore("--from", from, DISPUTE_RULES.inForceFrom.value, "the JCPOA was finalised then");
  return disputeClock(from, { advisoryBoard: opts.advisory ? "parallel" : "none" });
}
