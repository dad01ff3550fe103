import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { blendBargains, interpolateBargain } from "./bargain.js";
import { challengeOutlook } from "./challenge.js";
import { ktabRng, mt19937x64, parseKtabSeed } from "./ktab-prng.js";
import { contests, pce, pickOption } from "./pce.js";
import { bigRFromProb, estimatedRisk, riskUtility } from "./risk.js";
import { SMP_DEFAULTS, type SmpSettings } from "./smp-settings.js";
import type { TurnFrame } from "./turn-frame.js";
import { victoryOdds, vote } from "./voting.js";

// Closed forms of KTAB's SMP steps (docs/actors.md, "The model, step by step"; KTAB kmodel.cpp,
// smp.cpp, smpbcn.cpp at commit 3b5b063).

const odds = (model: SmpSettings["victoryProbModel"], s1: number, s2: number) => {
  const out = new Float64Array(2);
  victoryOdds(model, s1, s2, out);
  return [...out];
};

describe("votes (KTAB Model::vote)", () => {
  it("Binary ramps from −w to +w over a utility difference of ±1e-8", () => {
    expect(vote("Binary", 2, 0.5 + 5e-9, 0.5)).toBeCloseTo(1, 6);
    expect(vote("Binary", 2, 0.7, 0.5)).toBe(2);
    expect(vote("Binary", 2, 0.5, 0.7)).toBe(-2);
    expect(vote("Binary", 2, 0.5, 0.5)).toBe(0);
  });

  it("PropBin is w(0.8Δ + 0.2B), PropCbc w(0.5Δ + 0.5Δ³), Cubic wΔ³", () => {
    expect(vote("PropBin", 2, 0.7, 0.2)).toBeCloseTo(2 * (0.8 * 0.5 + 0.2), 15);
    expect(vote("PropCbc", 2, 0.7, 0.2)).toBeCloseTo(2 * (0.25 + 0.0625), 15);
    expect(vote("Cubic", 2, 0.2, 0.7)).toBeCloseTo(-0.25, 15);
  });

  it("ASymProsp counts a loss fully and a gain at two thirds", () => {
    expect(vote("ASymProsp", 3, 0.7, 0.4)).toBeCloseTo(0.6, 15);
    expect(vote("ASymProsp", 3, 0.4, 0.7)).toBeCloseTo(-0.9, 15);
    expect(vote("ASymProsp", 3, 0.4, 0.4)).toBe(0);
  });
});

describe("victory probability (KTAB Model::vProb)", () => {
  it("Linear, Square, Quartic and Octic weigh the strengths s, s², s⁴, s⁸", () => {
    expect(odds("Linear", 3, 1)).toEqual([0.75, 0.25]);
    expect(odds("Square", 3, 1)[0]).toBeCloseTo(0.9, 15);
    expect(odds("Quartic", 3, 1)[0]).toBeCloseTo(81 / 82, 15);
    expect(odds("Octic", 3, 1)[0]).toBeCloseTo(6561 / 6562, 15);
  });

  it("Binary: outright (1 against 1e-6) at 1.1 times the other, a linear ramp between", () => {
    expect(odds("Binary", 1.1, 1)[0]).toBeCloseTo(1 / (1 + 1e-6), 15);
    expect(odds("Binary", 1, 1.1)[1]).toBeCloseTo(1 / (1 + 1e-6), 15);
    expect(odds("Binary", 1, 1)[0]).toBeCloseTo(0.5, 15);
    // r = 1.05/2.05: x₁ = (2.1r − 1)/0.1.
    expect(odds("Binary", 1.05, 1)[0]).toBeCloseTo((2.1 * (1.05 / 2.05) - 1) / 0.1, 14);
  });
});

describe("probabilistic Condorcet elections (KTAB Model::scalarPCE)", () => {
  // One voter, weight 1, utilities 0.9 and 0.6: C(0→1) = 0.3 + 1e-8, C(1→0) = 1e-8.
  const u = new Float64Array([0.9, 0.6]);
  const p01 = (0.3 + 1e-8) / (0.3 + 2e-8);
  const settings = (pceModel: SmpSettings["pceModel"]) => ({ ...SMP_DEFAULTS, pceModel });

  it("coalitions: strengths 1e-8 plus the votes, victory ½ on the diagonal", () => {
    const { strength, victory } = contests([1], u, 2, SMP_DEFAULTS);
    expect(strength[1]).toBeCloseTo(0.3 + 1e-8, 15);
    expect(strength[2]).toBe(1e-8);
    expect([victory[0], victory[3]]).toEqual([0.5, 0.5]);
    expect(victory[1]).toBeCloseTo(p01, 15);
  });

  it("conditional: p₀ ∝ ½·P(0 beats 1), so with two options p₀ = P(0 beats 1)", () => {
    expect(pce([1], u, 2, settings("ConditionalPCM"))[0]).toBeCloseTo(p01, 14);
  });

  it("uniform Markov: two options settle at p₀ = P(0 beats 1), to KTAB's tolerance 1e-6", () => {
    const p = pce([1], u, 2, settings("MarkovUPCM"));
    expect(Math.abs(p[0] - p01)).toBeLessThan(2e-6);
    expect(p[0] + p[1]).toBeCloseTo(1, 14);
  });

  it("incentive Markov: two options balance p₀Q(1,0)P(1 beats 0) = p₁Q(0,1)P(0 beats 1)", () => {
    // Two voters, utilities (0.9, 0.6) and (0.5, 0.6): C(0→1) = 0.3 + 1e-8, C(1→0) = 0.1 + 1e-8.
    const c01 = 0.3 + 1e-8;
    const c10 = 0.1 + 1e-8;
    const win01 = c01 / (c01 + c10);
    const win10 = c10 / (c01 + c10);
    // I(a,b) = C(a→b)P(a beats b), + 1e-10 on the diagonal (C(a→a) = 1e-8, P = ½).
    const self = 0.5e-8 + 1e-10;
    const chal01 = (c01 * win01) / (c01 * win01 + self);
    const chal10 = (c10 * win10) / (c10 * win10 + self);
    const p = pce([1, 1], new Float64Array([0.9, 0.6, 0.5, 0.6]), 2, settings("MarkovIPCM"));
    expect((p[0] * chal10 * win10) / (p[1] * chal01 * win01)).toBeCloseTo(1, 6);
    expect(p[0]).toBeCloseTo(0.75, 5);
  });

  test.prop([fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 })])(
    "every PCE returns probabilities summing to 1 that favour an option every voter prefers",
    (raw) => {
      const u3 = new Float64Array(
        [1, raw[0], raw[1], 1, raw[2], raw[3]].map((x, i) => (i % 3 === 0 ? x : x * 0.9)),
      );
      for (const model of ["ConditionalPCM", "MarkovIPCM", "MarkovUPCM"] as const) {
        const p = pce([1, 2], u3, 3, settings(model));
        expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
        expect(p[0]).toBeGreaterThanOrEqual(Math.max(p[1], p[2]) - 1e-6);
      }
    },
  );

  it("picks the most probable option, the first on ties, or the first whose cumulative reaches a draw", () => {
    expect(pickOption([0.2, 0.4, 0.4])).toBe(1);
    expect(pickOption([0.2, 0.4, 0.4], 0.2)).toBe(0);
    expect(pickOption([0.2, 0.4, 0.4], 0.61)).toBe(2);
    expect(pickOption([0.2, 0.4, 0.3999], 1)).toBe(2);
  });
});

describe("risk attitudes and utilities (KTAB SMPModel::bigRfromProb, bvUtil)", () => {
  it("Mid maps the likeliest to +1 and the least likely to −½; Min to [0, 1]; Max to [−1, 1]", () => {
    const r = bigRFromProb([0.5, 0.3, 0.2], "Mid");
    expect(r[0]).toBeCloseTo(1, 15);
    expect(r[2]).toBeCloseTo(-0.5, 15);
    expect(r[1]).toBeCloseTo((3 * 0.3 - (0.5 + 0.4)) / (2 * 0.3), 15);
    const near = (x: number) => expect.closeTo(x, 15);
    expect([...bigRFromProb([0.5, 0.3, 0.2], "Min")]).toEqual([near(1), near(1 / 3), near(0)]);
    expect([...bigRFromProb([0.5, 0.3, 0.2], "Max")]).toEqual([near(1), near(-1 / 3), near(-1)]);
  });

  it("everyone is risk-neutral when every p is equal (KTAB stops there)", () => {
    expect([...bigRFromProb([0.25, 0.25, 0.25, 0.25], "Mid")]).toEqual([0, 0, 0, 0]);
  });

  it("h's estimate of i's R: R_h, (2R_h + R_i)/3, (R_h + R_i)/2, (R_h + 2R_i)/3, R_i", () => {
    expect(estimatedRisk("NoRA", 0.9, -0.3)).toBe(0.9);
    expect(estimatedRisk("OneThirdRA", 0.9, -0.3)).toBe((2 * 0.9 - 0.3) / 3);
    expect(estimatedRisk("HalfRA", 0.9, -0.3)).toBe((0.9 - 0.3) / 2);
    expect(estimatedRisk("TwoThirdsRA", 0.9, -0.3)).toBe((0.9 - 2 * 0.3) / 3);
    expect(estimatedRisk("FullRA", 0.9, -0.3)).toBe(-0.3);
  });

  it("riskUtility(d, R) = (1 − d)(1 + dR) is 1 at d = 0 and 0 at d = 1", () => {
    expect(riskUtility(0, 0.7)).toBe(1);
    expect(riskUtility(1, -0.5)).toBe(0);
    expect(riskUtility(0.5, 1)).toBeCloseTo(0.75, 15);
  });
});

/** A frame with only what a challenge reads: weights c·S, total saliences S. */
function frame(weight: number[], salSum: number[]): TurnFrame {
  return {
    n: weight.length,
    weight: new Float64Array(weight),
    salSum: new Float64Array(salSum),
  } as TurnFrame;
}

describe("challenges (KTAB SMPState::probEduChlg)", () => {
  const s = { votingRule: "Proportional", thirdPartyCommit: "SemiCommit" } as const;
  // Utilities u[i * n + j] of actor i for actor j's position, as the estimating actor sees them.
  const u2 = new Float64Array([1, 0.6, 0.7, 1]);

  it("two principals: P = A/(A + B), and the gain with j yielding with chance 1 − S_j", () => {
    const got = challengeOutlook(frame([2, 1], [0.5, 0.8]), u2, 0, 0, 1, s);
    const a = 1e-10 + 2 * (1 - 0.6);
    const b = 1e-10 + 1 * (1 - 0.7);
    const p = a / (a + b);
    expect(got.pWin).toBeCloseTo(p, 15);
    // EU_sq = 1 + 0.6, V_win = 2·1, V_lose = 2·0.6.
    expect(got.gain).toBeCloseTo(0.2 * 2 + 0.8 * (p * 2 + (1 - p) * 1.2) - 1.6, 15);
  });

  it("a semi-committed third party votes w[π(u_m − u_i) − (1 − π)(u_m − u_j)]", () => {
    const u3 = new Float64Array([1, 0.6, 0.8, 0.7, 1, 0.5, 0.9, 0.4, 1]);
    const got = challengeOutlook(frame([2, 1, 0.5], [0.5, 0.8, 1]), u3, 0, 0, 1, s);
    const a0 = 1e-10 + 0.8;
    const b0 = 1e-10 + 0.3;
    const pi = (a0 + 0.5 * 0.5) / (a0 + 0.5 * 0.5 + b0); // m prefers i: direct vote 0.5·(0.9 − 0.4)
    const v = 0.5 * (pi * (1 - 0.9) - (1 - pi) * (1 - 0.4));
    const p = v > 0 ? (a0 + v) / (a0 + v + b0) : a0 / (a0 + b0 - v);
    expect(got.pWin).toBeCloseTo(p, 14);
  });

  it("FullCommit and NoCommit: third parties never sway the challenge", () => {
    const u3 = new Float64Array([1, 0.6, 0.8, 0.7, 1, 0.5, 0.9, 0.4, 1]);
    const f3 = frame([2, 1, 0.5], [0.5, 0.8, 1]);
    const alone = challengeOutlook(frame([2, 1], [0.5, 0.8]), u2, 0, 0, 1, s);
    for (const thirdPartyCommit of ["FullCommit", "NoCommit"] as const)
      expect(challengeOutlook(f3, u3, 0, 0, 1, { ...s, thirdPartyCommit })).toEqual(alone);
  });
});

describe("bargains (KTAB SMPActor::interpolateBrgn)", () => {
  it("S2P2 weighs positions by (s·π)², ε = 1e-6 on each own side, rounded to 4 decimals", () => {
    // wᵢ = (0.5·0.75)², wⱼ = (0.5·0.25)²: ((wᵢ + ε)·0.2 + wⱼ·0.8)/(wᵢ + ε + wⱼ) ≈ 0.259999.
    const b = interpolateBargain([0.2], [0.8], [0.5], [0.5], 0.75, 0.25, "S2P2");
    expect(b).toEqual({ posInit: [0.26], posRcvr: [0.26] });
    const same = interpolateBargain([0.123456], [0.123456], [0.5], [0.5], 0.5, 0.5, "S2P2");
    expect(same.posInit).toEqual([0.1235]);
  });

  it("with weights of the order of ε each side stays near its own position", () => {
    // wᵢ = wⱼ = (0.001·0.5)² = 2.5e-7: i's point (1.25e-6·0.2 + 2.5e-7·0.8)/1.5e-6 = 0.3.
    const b = interpolateBargain([0.2], [0.8], [0.001], [0.001], 0.5, 0.5, "S2P2");
    expect(b).toEqual({ posInit: [0.3], posRcvr: [0.7] });
    const none = interpolateBargain([0.2], [0.8], [0], [0], 0.5, 0.5, "S1P1");
    expect(none).toEqual({ posInit: [0.2], posRcvr: [0.8] });
  });

  it("S2PMax: the less likely side moves δsⱼ²/(δsⱼ² + ε + (1 − δ)sᵢ²) of the way, unrounded", () => {
    const b = interpolateBargain([0.2], [0.8], [0.5], [0.5], 0.25, 0.75, "S2PMax");
    // δᵢ = 0.5: fᵢ = 0.125/(0.125 + 1e-6 + 0.125); δⱼ = 0: j stays.
    expect(b.posInit[0]).toBeCloseTo(0.2 + 0.6 * (0.125 / 0.250001), 15);
    expect(b.posRcvr).toEqual([0.8]);
  });

  it("PWCompInterp blends two bargains by weight, unrounded", () => {
    const blend = blendBargains(
      { posInit: [0.2], posRcvr: [0.3] },
      { posInit: [0.6], posRcvr: [0.7] },
      1,
      3,
    );
    expect(blend.posInit[0]).toBeCloseTo(0.5, 15);
    expect(blend.posRcvr[0]).toBeCloseTo(0.6, 15);
  });
});

describe("KTAB's random numbers (KTAB kutils prng.cpp)", () => {
  it("MT19937-64 from seed 5489 gives 9981545732273789042 as its 10000th output (C++ [rand.predef])", () => {
    const next = mt19937x64(5489n);
    let x = 0n;
    for (let i = 0; i < 10000; i++) x = next();
    expect(x).toBe(9981545732273789042n);
  });

  it("KTAB's default seed D67CC16FE69C185C gives KTAB's first three uniforms", () => {
    const rng = ktabRng(0xd67cc16fe69c185cn);
    expect([rng(), rng(), rng()]).toEqual([
      0.47865354452127756, 0.6840246276833266, 0.38222797823050003,
    ]);
  });

  it("seeds are decimal integers 1 … 2⁶⁴ − 1", () => {
    expect(parseKtabSeed("15455440707583219804")).toBe(0xd67cc16fe69c185cn);
    expect(parseKtabSeed("0")).toBeUndefined();
    expect(parseKtabSeed("18446744073709551616")).toBeUndefined();
    expect(parseKtabSeed("-3")).toBeUndefined();
  });
});
