import { describe, expect, it } from "vitest";
import { disputeClock } from "./dispute.js";

describe("disputeClock: paragraphs 36–37", () => {
  it("takes 65 days at the least: 15 + 15 (board in parallel) + 5 + the Council's 30", () => {
    // minimum_total_days 65 (armscontrolcenter.org; jls.shirazu.ac.ir)
    const c = disputeClock("2020-01-14", { advisoryBoard: "parallel" });
    expect(c.totalDays).toBe(65);
    expect(c.steps.filter((s) => !s.parallel).map((s) => s.days)).toEqual([15, 15, 5, 10, 20]);
  });

  it("runs the advisory board alongside the ministers when parallel", () => {
    const c = disputeClock("2020-01-14", { advisoryBoard: "parallel" });
    const ministers = c.steps.find((s) => s.name === "Foreign ministers");
    const board = c.steps.find((s) => s.parallel);
    expect(board).toMatchObject({ start: ministers?.start, end: ministers?.end, days: 15 });
  });

  it("for the E3's 14 Jan 2020 referral, notifies the Council 18 Feb and ends 19 Mar 2020", () => {
    const c = disputeClock("2020-01-14");
    expect(c.councilNotificationDate).toBe("2020-02-18"); // 14 Jan + 35 days (2020 is a leap year)
    expect(c.council.voteBy).toBe("2020-03-19");
    expect(c.reapplyInstant).toBe("2020-03-20T00:00:00Z");
  });

  it("takes 80 days when the board sits after the ministers, and more with extensions", () => {
    expect(disputeClock("2020-01-14", { advisoryBoard: "after" }).totalDays).toBe(80);
    const extended = disputeClock("2020-01-14", {
      extensionDays: { jointCommission: 10, ministers: 5 },
    });
    expect(extended.totalDays).toBe(80);
  });

  it("ends with a lapsed Council stage when the JCPOA stages finish after Termination Day", () => {
    const c = disputeClock("2025-09-20"); // notification due 25 Oct 2025
    expect(c.council.status).toBe("lapsed");
    expect(c.totalDays).toBeNull();
    expect(c.steps).toHaveLength(3);
  });
});
