// Properties every legal clock must keep, over dates from 2015 to 2040.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LegalClock } from "./clock-step.js";
import { addDays, daysBetween } from "./day-count.js";
import { disputeClock } from "./dispute.js";
import { inaraClock } from "./inara.js";
import { snapbackClock } from "./snapback.js";

const date = (from = "2015-07-14", to = "2040-12-31") =>
  fc.integer({ min: 0, max: daysBetween(from, to) }).map((k) => addDays(from, k));

function checkSteps(clock: LegalClock) {
  for (const s of clock.steps) expect(daysBetween(s.start, s.end) + 1).toBe(s.days);
  const main = clock.steps.filter((s) => !s.parallel);
  for (let i = 1; i < main.length; i++) expect(addDays(main[i - 1].end, 1)).toBe(main[i].start);
  for (let i = 1; i < clock.steps.length; i++)
    expect(clock.steps[i - 1].start <= clock.steps[i].start).toBe(true);
}

describe("every clock's steps are ordered, contiguous and days = end − start + 1", () => {
  it("inaraClock", () => {
    fc.assert(
      fc.property(date(), fc.integer({ min: 0, max: 5 }), fc.boolean(), (d, delay, dis) =>
        checkSteps(inaraClock(d, { transmittedOn: addDays(d, delay), disapproval: dis })),
      ),
    );
  });

  it("snapbackClock and disputeClock", () => {
    const board = fc.constantFrom("none", "parallel", "after") as fc.Arbitrary<
      "none" | "parallel" | "after"
    >;
    fc.assert(
      fc.property(date(), board, (d, advisoryBoard) => {
        checkSteps(snapbackClock(d));
        checkSteps(disputeClock(d, { advisoryBoard }));
      }),
    );
  });
});

describe("inaraClock properties", () => {
  it("review end − transmittal = 30 or 60, and relief starts the day after the last barred day", () => {
    fc.assert(
      fc.property(date(), fc.integer({ min: 0, max: 5 }), fc.boolean(), (d, delay, dis) => {
        const c = inaraClock(d, { transmittedOn: addDays(d, delay), disapproval: dis });
        const review = c.steps.find((s) => s.name.startsWith("Congressional review"));
        expect([30, 60]).toContain(daysBetween(c.transmittedOn, review?.end ?? ""));
        expect(daysBetween(c.transmittedOn, c.reliefFrom) - 1).toBe(c.reviewDays + (dis ? 22 : 0));
      }),
    );
  });

  it("earliest ≤ this path's relief ≤ latest for any lawful transmittal", () => {
    fc.assert(
      fc.property(date(), fc.integer({ min: 0, max: 5 }), fc.boolean(), (d, delay, dis) => {
        const c = inaraClock(d, { transmittedOn: addDays(d, delay), disapproval: dis });
        expect(c.relief.earliest <= c.reliefFrom && c.reliefFrom <= c.relief.latest).toBe(true);
      }),
    );
  });
});

describe("snapbackClock properties", () => {
  it("reapplyInstant − notification day = 31 days to the instant, before Termination Day", () => {
    fc.assert(
      fc.property(date("2015-07-20", "2025-10-17"), (d) => {
        const c = snapbackClock(d);
        const instant = c.reapplyInstant ?? "";
        expect(instant.endsWith("T00:00:00Z")).toBe(true);
        expect(daysBetween(d, instant.slice(0, 10))).toBe(31);
      }),
    );
  });

  it("is lapsed for every notification on or after 18 Oct 2025", () => {
    fc.assert(fc.property(date("2025-10-18"), (d) => snapbackClock(d).status === "lapsed"));
  });
});

describe("disputeClock properties", () => {
  it("takes at least 65 days whenever the Council stage runs", () => {
    fc.assert(
      fc.property(date("2015-07-14", "2025-06-01"), fc.nat(30), fc.nat(30), (d, jc, min) => {
        const c = disputeClock(d, { extensionDays: { jointCommission: jc, ministers: min } });
        expect(c.totalDays).toBe(65 + jc + min);
      }),
    );
  });
});
