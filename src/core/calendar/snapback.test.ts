import { describe, expect, it } from "vitest";
import { snapbackClock } from "./snapback.js";

describe("snapbackClock: the 2025 history", () => {
  // E3 notified 28 Aug 2025; no member tabled within 10 days so the President (ROK) tabled on
  // 8 Sep; the draft failed 19 Sep; sanctions applied again 00:00 GMT 28 Sep 2025 (snapback.history).
  const c = snapbackClock("2025-08-28");

  it("snapbackClock(2025-08-28) re-applies sanctions at 2025-09-28T00:00:00Z", () => {
    expect(c.status).toBe("reimposes");
    expect(c.reapplyInstant).toBe("2025-09-28T00:00:00Z");
    expect(c.reapplyDate).toBe("2025-09-28");
  });

  it("puts the tabling deadline on 7 Sep, so the President's 8 Sep draft came the day after", () => {
    expect(c.draftTabledBy).toBe("2025-09-07");
  });

  it("puts the 19 Sep vote inside the window, which ends on 27 Sep", () => {
    expect(c.voteBy).toBe("2025-09-27");
    expect(c.steps[1].start <= "2025-09-19" && "2025-09-19" <= c.steps[1].end).toBe(true);
  });
});

describe("snapbackClock: Termination Day (18 Oct 2025)", () => {
  it.each(["2025-10-18", "2025-10-19", "2026-03-01"])("lapses when notified on %s", (date) => {
    const c = snapbackClock(date);
    expect(c.status).toBe("lapsed");
    expect(c.steps).toEqual([]);
    expect(c.reapplyInstant).toBeNull();
  });

  it("flags a notification whose 30 days end on or after Termination Day (17 Sep 2025 on)", () => {
    expect(snapbackClock("2025-09-16").status).toBe("reimposes"); // re-applies 17 Oct
    expect(snapbackClock("2025-09-17").status).toBe("runs-past-termination"); // 18 Oct
    expect(snapbackClock("2025-10-17").status).toBe("runs-past-termination");
  });

  it("is not in force before UNSCR 2231 was adopted on 20 Jul 2015", () => {
    expect(snapbackClock("2015-07-19").status).toBe("not-in-force");
    expect(snapbackClock("2015-07-20").status).toBe("reimposes");
  });
});
