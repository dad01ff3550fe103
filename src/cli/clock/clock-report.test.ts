import { describe, expect, it } from "vitest";
import { disputeClock, inaraClock, snapbackClock } from "../../core/index.js";
import { disputeReport, inaraReport, snapbackReport } from "./clock-report.js";

describe("clock reports", () => {
  it("inaraReport has one row per step and states when relief can start", () => {
    const r = inaraReport(inaraClock("2015-07-14"));
    expect(r.rows).toEqual([
      ["Transmission to Congress", "2015-07-15", "2015-07-19", 5],
      ["Congressional review (relief barred)", "2015-07-20", "2015-09-17", 60],
    ]);
    expect(r.summary.join("\n")).toContain("Statutory relief can start: 2015-09-18");
  });

  it("snapbackReport of a lapsed notification has no rows and says lapsed", () => {
    const r = snapbackReport(snapbackClock("2025-11-01"));
    expect(r.rows).toEqual([]);
    expect(r.summary[0]).toMatch(/^Lapsed/);
  });

  it("disputeReport marks the parallel advisory board and gives the 65-day total", () => {
    const r = disputeReport(disputeClock("2020-01-14", { advisoryBoard: "parallel" }));
    expect(r.rows.map((row) => row[0])).toContain("Advisory board opinion (parallel)");
    expect(r.summary).toContain("Total: 65 days to the end of the Council's 30");
  });
});
