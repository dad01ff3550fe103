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

export function runInara(opts: {
  from: string;
  transmitted?: string;
  disapproval: boolean;
  reviewRule: "statute" | "every-year";
  json?: boolean;
}): void {
  const from = dateOption("--from", opts.from);
  notBefore("--from", from, INARA_RULES.enacted.value, "INARA was signed into law");
  const transmittedOn =
    opts.transmitted === undefined ? undefined : dateOption("--transmitted", opts.transmitted);
  if (transmittedOn !== undefined && transmittedOn < from)
    throw new UserError(`--transmitted: ${transmittedOn} is before --from ${from}`);
  const result = inaraClock(from, {
    transmittedOn,
    disapproval: opts.disapproval,
    reviewRule: opts.reviewRule,
  });
  if (opts.json) printJson(result);
  else print(inaraReport(result));
}

export function runSnapback(opts: { from: string; json?: boolean }): void {
  const from = dateOption("--from", opts.from);
  notBefore("--from", from, SNAPBACK_RULES.inForceFrom.value, "UNSCR 2231 was adopted then");
  const result = snapbackClock(from);
  if (opts.json) printJson(result);
  else print(snapbackReport(result));
}

export function runDispute(opts: { from: string; advisory: boolean; json?: boolean }): void {
  const from = dateOption("--from", opts.from);
  notBefore("--from", from, DISPUTE_RULES.inForceFrom.value, "the JCPOA was finalised then");
  const result = disputeClock(from, { advisoryBoard: opts.advisory ? "parallel" : "none" });
  if (opts.json) printJson(result);
  else print(disputeReport(result));
}
