import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { interpolateBargain } from "./bargain.js";
import { pce } from "./pce.js";
import { bigRFromProb, estimatedRisk, riskUtility } from "./risk.js";
import { SMP_DEFAULTS } from "./smp-settings.js";

describe("KTAB SMP steps", () => {
  it("bigRFromProb(p, Mid) maps the likeliest to +1 and the least likely to −½", () => {
    const r = bigRFromProb([0.5, 0.3, 0.2], "Mid");
    expect(r[0]).toBeCloseTo(1, 15);
    expect(r[2]).toBeCloseTo(-0.5, 15);
    expect(r[1]).toBeCloseTo((3 * 0.3 - (0.5 + 0.4)) / (2 * 0.3), 15);
  });

  it("estimatedRisk with OneThirdRA is (2R_h + R_i)/3", () => {
    expect(estimatedRisk("OneThirdRA", 0.9, -0.3)).toBeCloseTo((2 * 0.9 - 0.3) / 3, 15);
  });

  it("riskUtility(d, R) = (1 − d)(1 + dR) is 1 at d = 0 and 0 at d = 1", () => {
    expect(riskUtility(0, 0.7)).toBe(1);
    expect(riskUtility(1, -0.5)).toBe(0);
    expect(riskUtility(0.5, 1)).toBeCloseTo(0.75, 15);
  });

  it("interpolateBargain(S2P2) weights positions by (s·p)² and rounds to 4 decimals", () => {
    // wᵢ = (0.5·0.75)² = 0.140625, wⱼ = (0.5·0.25)² = 0.015625 → 0.9·0.2 + 0.1·0.8 = 0.26.
    expect(interpolateBargain([0.2], [0.8], [0.5], [0.5], 0.75, "S2P2")).toEqual([0.26]);
    expect(interpolateBargain([0.123456], [0.123456], [0.5], [0.5], 0.5, "S2P2")).toEqual([0.1235]);
  });

  test.prop([fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 })])(
    "pce returns probabilities that sum to 1 and favour an option every voter prefers",
    (raw) => {
      // Two voters, three options; option 0 gets each voter's best utility.
      const u = new Float64Array(
        [1, raw[0], raw[1], 1, raw[2], raw[3]].map((x, i) => (i % 3 === 0 ? x : x * 0.9)),
      );
      const p = pce([1, 2], u, 3, SMP_DEFAULTS);
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(p[0]).toBeGreaterThanOrEqual(Math.max(p[1], p[2]));
    },
  );
});
