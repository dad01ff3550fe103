import { describe, expect, it } from "vitest";
import { derivedMilestones, jcpoaMilestones } from "./milestones.js";

describe("jcpoaMilestones()", () => {
  it("lists the six published dates in order (jcpoa_limits.milestones)", () => {
    expect(jcpoaMilestones().map((m) => m.date)).toEqual([
      "2015-07-14",
      "2015-07-20",
      "2015-10-18",
      "2016-01-16",
      "2023-10-18",
      "2025-10-18",
    ]);
  });

  it("derivedMilestones(2015-07-20) reproduces Adoption, Transition and Termination Days", () => {
    // Adoption Day = 2231 + 90 days; Transition = + 8 years; Termination = + 10 years (JCPOA)
    expect(derivedMilestones("2015-07-20")).toEqual({
      adoptionDay: "2015-10-18",
      transitionDay: "2023-10-18",
      terminationDay: "2025-10-18",
    });
  });
});
