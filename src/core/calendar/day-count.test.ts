import { describe, expect, it } from "vitest";
import { stepAfter } from "./clock-step.js";
import { addDays, daysBetween, midnightGmtAfter } from "./day-count.js";
import { parseIsoDate } from "./iso-date.js";

const label = { name: "window", rule: "test", source: "test" };

describe("statutory day counting (the day of the event excluded)", () => {
  it("stepAfter(2015-07-19, 60) runs 20 Jul to 17 Sep 2015, the INARA review on record", () => {
    // INARA review deadline passed 17 Sep 2015 (rules-and-timeline.json, inara.application_2015_2018)
    expect(stepAfter("2015-07-19", 60, label)).toMatchObject({
      start: "2015-07-20",
      end: "2015-09-17",
      days: 60,
    });
  });

  it("midnightGmtAfter(30th day after 28 Aug 2025) is 2025-09-28T00:00:00Z, the 2025 snapback", () => {
    expect(midnightGmtAfter(addDays("2025-08-28", 30))).toBe("2025-09-28T00:00:00Z");
  });

  it("midnightGmtAfter(30th day after 20 Aug 2020) is 20 Sep 2020, the date the US claimed in 2020", () => {
    // US notified 20 Aug 2020 and asserted snapback at midnight GMT 20 Sep (snapback.history)
    expect(midnightGmtAfter(addDays("2020-08-20", 30))).toBe("2020-09-20T00:00:00Z");
  });

  it("daysBetween counts leap days and is antisymmetric", () => {
    expect(daysBetween("2016-01-16", "2026-01-16")).toBe(3653);
    expect(daysBetween("2015-09-17", "2015-07-19")).toBe(-60);
  });
});

describe("parseIsoDate(text)", () => {
  it("accepts YYYY-MM-DD", () => {
    const r = parseIsoDate("2021-12-31");
    expect(r.ok && r.value.toString()).toBe("2021-12-31");
  });

  it.each(["2021-13-01", "2021-02-30", "yesterday", "20211231", "2021-12-31T10:00", ""])(
    "rejects %j and names the expected format",
    (text) => {
      const r = parseIsoDate(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain("YYYY-MM-DD");
    },
  );
});
