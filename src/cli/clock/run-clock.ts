// The clock command's actions, loaded lazily so `leverage --help` stays fast.
import {
  DISPUTE_RULES,
  disputeClock,
  INARA_RULES,
  inaraClock,
  SNAPBACK_RULES,
  snapbackClock,
} from "../../core/index.js";
import { printJson, printTable } from "../output.js";
import { UserError } from "../user-error.js";
import { dateOption, notBefore } from "./clock-dates.js";
import { type ClockReport, disputeReport, inaraReport, snapbackReport } from "./clock-report.js";

function print(report: ClockReport): void {
  if (report.rows.length > 0) printTable(report.columns, report.rows);
  process.stdout.write(`${report.summary.join("\n")}\n`);
}

export interface InaraOptions {
  from: string;
  transmitted?: string;
  disapproval: boolean;
  reviewRule: "statute" | "every-year";
}

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
export function snapbackResult(opts: { from: string }) {
  const from = dateOption("--from", opts.from);
  notBefore("--from", from, SNAPBACK_RULES.inForceFrom.value, "UNSCR 2231 was adopted then");
  return snapbackClock(from);
}

/** The dispute-mechanism clock from a referral date (a UserError names the bad flag). */
export function disputeResult(opts: { from: string; advisory: boolean }) {
  const from = dateOption("--from", opts.from);
  notBefore("--from", from, DISPUTE_RULES.inForceFrom.value, "the JCPOA was finalised then");
  return disputeClock(from, { advisoryBoard: opts.advisory ? "parallel" : "none" });
}

export function runInara(opts: InaraOptions & { json?: boolean }): void {
  const result = inaraResult(opts);
  if (opts.json) printJson(result);
  else print(inaraReport(result));
}

export function runSnapback(opts: { from: string; json?: boolean }): void {
  const result = snapbackResult(opts);
  if (opts.json) printJson(result);
  else print(snapbackReport(result));
}

export function runDispute(opts: { from: string; advisory: boolean; json?: boolean }): void {
  const result = disputeResult(opts);
  if (opts.json) printJson(result);
  else print(disputeReport(result));
}
