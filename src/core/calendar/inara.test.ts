import { describe, expect, it } from "vitest";
import { certificationDates, inaraClock, inaraReviewDays } from "./inara.js";

describe("inaraClock: the 2015 history", () => {
  // JCPOA reached 14 Jul 2015, transmitted 19 Jul; 60-day review 20 Jul–17 Sep 2015, when the
  // disapproval deadline passed (levers.md; rules-and-timeline.json inara.application_2015_2018).
  const clock = inaraClock("2015-07-14", { transmittedOn: "2015-07-19" });

  it("inaraClock(2015-07-14, transmitted 2015-07-19) reviews 60 days from 20 Jul to 17 Sep 2015", () => {
    const review = clock.steps.find((s) => s.name.startsWith("Congressional review"));
    expect(review).toMatchObject({ start: "2015-07-20", end: "2015-09-17", days: 60 });
    expect(clock.reviewDays).toBe(60);
  });

  it("lets statutory relief start on 18 Sep 2015, the day after the deadline passed", () => {
    expect(clock.reliefFrom).toBe("2015-09-18");
  });

  it("defaults the transmittal to agreement + 5 days, which is what happened in 2015", () => {
    expect(inaraClock("2015-07-14").transmittedOn).toBe("2015-07-19");
  });
});

describe("inaraReviewDays: the 10 Jul – 7 Sep 2015 window (§135(b))", () => {
  it.each([
    ["2015-07-09", 30],
    ["2015-07-10", 60],
    ["2015-09-07", 60],
    ["2015-09-08", 30],
  ])("transmitted %s → %i days", (date, days) => {
    expect(inaraReviewDays(date)).toBe(days);
  });

  it("gives 30 days to a summer transmittal after 2015 under the statute, 60 under every-year", () => {
    expect(inaraReviewDays("2022-07-15")).toBe(30);
    expect(inaraReviewDays("2022-07-15", "every-year")).toBe(60);
    expect(inaraReviewDays("2022-09-08", "every-year")).toBe(30);
  });
});

describe("inaraClock with a disapproval", () => {
  it("adds the 12-day veto and 10-day override windows: 30 + 12 + 10 = 52 barred days", () => {
    // Maximum freeze 52 (30+12+10) or 82 (60+12+10) days (inara.max_freeze)
    const c = inaraClock("2021-12-31", { transmittedOn: "2021-12-31", disapproval: true });
    expect(c.steps.map((s) => s.days)).toEqual([30, 12, 10]);
    expect(c.reliefFrom).toBe("2022-02-22"); // 31 Dec 2021 + 52 days + 1
  });

  it("bars relief 82 days after a summer-2015 transmittal", () => {
    const c = inaraClock("2015-07-14", { transmittedOn: "2015-07-19", disapproval: true });
    expect(c.steps.slice(1).reduce((sum, s) => sum + s.days, 0)).toBe(82);
    expect(c.reliefFrom).toBe("2015-10-10");
  });
});

describe("inaraClock: earliest and latest relief for a deal on D", () => {
  it("for a deal on 31 Dec 2021: earliest 31 Jan 2022 (same-day transmittal), latest 27 Feb 2022", () => {
    const c = inaraClock("2021-12-31");
    expect(c.relief).toEqual({ earliest: "2022-01-31", latest: "2022-02-27" });
  });

  it("for a deal on 5 Jul 2015 the earliest path avoids the 60-day window (transmit 5–9 Jul)", () => {
    // same-day transmittal: 30 days → relief 5 Aug; waiting until 10 Jul would give 60 days
    expect(inaraClock("2015-07-05").relief.earliest).toBe("2015-08-05");
    // latest: transmitted 10 Jul, 60 + 12 + 10 days → relief 1 Oct 2015
    expect(inaraClock("2015-07-05").relief.latest).toBe("2015-10-01");
  });

  it("notes a transmittal later than the 5 days INARA allows", () => {
    const c = inaraClock("2021-12-31", { transmittedOn: "2022-01-10" });
    expect(c.notes.join(" ")).toMatch(/10 days after agreement/);
  });
});

describe("certificationDates: every 90 days (§135(d)(6))", () => {
  it("from the 18 Apr 2017 certification gives 17 Jul and 15 Oct 2017", () => {
    // Tillerson certified 18 Apr 2017 (timeline); the next came 17 Jul 2017 and the one after was
    // due 15 Oct 2017, two days after Trump's 13 Oct announcement (general record, Lawfare).
    expect(certificationDates("2017-04-18", 2)).toEqual(["2017-07-17", "2017-10-15"]);
  });
});
