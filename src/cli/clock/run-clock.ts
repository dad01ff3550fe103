// The clock command's actions, loaded lazily so `leverage --help` stays fast.
import {
  DISPUTE_OPTIONS,
  disputeResult,
  INARA_OPTIONS,
  inaraResult,
  SNAPBACK_OPTIONS,
  snapbackResult,
} from "../../app/clocks/clocks.js";
import { printJson, printTable } from "../output.js";
import { parseFlags } from "../parse-flags.js";
import { type ClockReport, disputeReport, inaraReport, snapbackReport } from "./clock-report.js";

function print(report: ClockReport): void {
  if (report.rows.length > 0) printTable(report.columns, report.rows);
  process.stdout.write(`${report.summary.join("\n")}\n`);
}

export function runInara({ json, ...flags }: Record<string, unknown>): void {
  const result = inaraResult(parseFlags(INARA_OPTIONS, flags));
  if (json) printJson(result);
  else print(inaraReport(result));
}

export function runSnapback({ json, ...flags }: Record<string, unknown>): void {
  const result = snapbackResult(parseFlags(SNAPBACK_OPTIONS, flags));
  if (json) printJson(result);
  else print(snapbackReport(result));
}

export function runDispute({ json, ...flags }: Record<string, unknown>): void {
  const result = disputeResult(parseFlags(DISPUTE_OPTIONS, flags));
  if (json) printJson(result);
  else print(disputeReport(result));
}
