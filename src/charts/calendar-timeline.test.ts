import { describe, expect, it } from "vitest";
import { disputeClock, inaraClock } from "../core/index.js";
import { calendarTimeline } from "./calendar-timeline.js";
import { nodeDocument } from "./node-document.js";

// A deal on 31 Dec 2021 (the Vienna talks' horizon) with a disapproval vetoed, and a dispute
// referred on 10 Jan 2022 with an advisory board; deadline 1 Mar 2022.
const data = {
  clocks: [
    inaraClock("2021-12-31", { disapproval: true }),
    disputeClock("2022-01-10", { advisoryBoard: "parallel" }),
  ],
  deadline: "2022-03-01",
};

describe("calendarTimeline(data, options, document)", () => {
  const svg = calendarTimeline(data, {}, nodeDocument());

  it("states the finding: of 4 + 6 steps only the Council vote window ends after 1 Mar 2022", () => {
    // DRM: Council notified 14 Feb 2022 → tabling to 24 Feb, vote 25 Feb – 16 Mar; INARA ends 26 Feb
    expect(svg).toContain("1 of 10 legal-clock steps run past 2022-03-01");
  });

  it("draws one bar per step, labelled with its clock", () => {
    expect(svg).toContain("DRM: Council vote on continuation");
    const barGroup = svg.match(/<g aria-label="bar"[^>]*>([\s\S]*?)<\/g>/);
    expect(barGroup?.[1].match(/<rect/g)).toHaveLength(10);
  });

  it("draws the deadline rule", () => {
    expect(svg).toContain('aria-label="rule"');
    expect(svg).toContain("deadline 2022-03-01");
  });

  it("matches the golden file", async () => {
    await expect(svg).toMatchFileSnapshot("../../test/output/calendar-timeline.svg");
  });
});
