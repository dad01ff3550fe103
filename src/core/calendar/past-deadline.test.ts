import { describe, expect, it } from "vitest";
import { disputeClock } from "./dispute.js";
import { inaraClock } from "./inara.js";
import { clocksPastDeadline } from "./past-deadline.js";
import { snapbackClock } from "./snapback.js";

describe("clocksPastDeadline(deadline, clocks)", () => {
  it("for a deal on 15 Dec 2021 and a year-end deadline, only the INARA review runs past", () => {
    const inara = inaraClock("2021-12-15", { transmittedOn: "2021-12-15" }); // review 16 Dec–14 Jan
    const past = clocksPastDeadline("2021-12-31", [inara]);
    expect(past).toHaveLength(1);
    expect(past[0].step.end).toBe("2022-01-14");
    expect(past[0].daysPastDeadline).toBe(14);
  });

  it("treats a step ending on the deadline as within it", () => {
    const snap = snapbackClock("2025-08-28");
    expect(clocksPastDeadline("2025-09-27", [snap])).toEqual([]);
    expect(clocksPastDeadline("2025-09-26", [snap]).map((p) => p.daysPastDeadline)).toEqual([1]);
  });

  it("sorts the steps of several clocks by end date", () => {
    const drm = disputeClock("2021-12-01");
    const inara = inaraClock("2021-12-31");
    const ends = clocksPastDeadline("2021-12-31", [drm, inara]).map((p) => p.step.end);
    expect(ends).toEqual([...ends].sort());
    expect(ends.length).toBeGreaterThan(2);
  });
});
