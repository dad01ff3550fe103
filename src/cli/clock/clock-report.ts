// Turns a clock result into a table of steps plus summary lines for the terminal.
import type { DisputeClock, InaraClock, SnapbackClock } from "../../core/index.js";
import type { Cell } from "../output.js";

export interface ClockReport {
  columns: string[];
  rows: Cell[][];
  summary: string[];
}

const STEP_COLUMNS = ["Step", "From", "To", "Days"];

function stepRows(clock: { steps: InaraClock["steps"] }): Cell[][] {
  return clock.steps.map((s) => [
    s.parallel ? `${s.name} (parallel)` : s.name,
    s.start,
    s.end,
    s.days,
  ]);
}

function snapbackSummary(c: SnapbackClock): string[] {
  if (c.status === "lapsed")
    return [
      `Lapsed: notified on or after Termination Day (${c.terminationDay}); snapback no longer exists.`,
    ];
  if (c.status === "not-in-force") return ["Not in force: UNSCR 2231 was adopted on 2015-07-20."];
  const lines = [
    `Continuation draft tabled by: ${c.draftTabledBy} (else the Council President tables it)`,
    `Vote on continuation by: ${c.voteBy}`,
    `Sanctions apply again at: ${c.reapplyInstant} (unless continuation is adopted)`,
  ];
  if (c.status === "runs-past-termination")
    lines.push(`Contested: the 30 days end on or after Termination Day (${c.terminationDay}).`);
  return lines;
}

export function inaraReport(c: InaraClock): ClockReport {
  return {
    columns: STEP_COLUMNS,
    rows: stepRows(c),
    summary: [
      `Agreement ${c.agreementDate}, transmitted ${c.transmittedOn}: ${c.reviewDays}-day review`,
      `Statutory relief can start: ${c.reliefFrom}${c.disapproval ? " (if the veto is sustained)" : ""}`,
      `For any lawful transmittal: earliest ${c.relief.earliest}, latest ${c.relief.latest}`,
      `Certifications due (every 90 days): ${c.certificationsDue.join(", ")}`,
      ...c.notes.map((n) => `Note: ${n}`),
    ],
  };
}

export function snapbackReport(c: SnapbackClock): ClockReport {
  return { columns: STEP_COLUMNS, rows: stepRows(c), summary: snapbackSummary(c) };
}

export function disputeReport(c: DisputeClock): ClockReport {
  return {
    columns: STEP_COLUMNS,
    rows: stepRows(c),
    summary: [
      `Referred ${c.referralDate}; Council can be notified on ${c.councilNotificationDate}`,
      ...(c.totalDays === null
        ? []
        : [`Total: ${c.totalDays} days to the end of the Council's 30`]),
      ...snapbackSummary(c.council),
      ...c.notes.map((n) => `Note: ${n}`),
    ],
  };
}
