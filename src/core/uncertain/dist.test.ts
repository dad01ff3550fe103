import { describe, expect, it } from "vitest";
import { Z90, Z90_GUESSTIMATE } from "./constants.js";
import { beta, normal, normalFrom90, point, to, toParams, triangular, uniform } from "./dist.js";

describe("constructors", () => {
  it("return plain objects that survive JSON unchanged", () => {
    const all = [point(3), to(2, 8), normal(5, 1), uniform(0, 1), beta(3, 7), triangular(1, 2, 4)];
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
    expect(all.map((d) => Object.getPrototypeOf(d))).toEqual(all.map(() => Object.prototype));
    expect(beta(3, 7)).toEqual({ kind: "beta", alpha: 3, beta: 7 });
  });
});

describe("normalFrom90(p5, p95)", () => {
  it("normalFrom90(5, 10) has mean 7.5 and sd 1.519892 (exact z = 1.644854)", () => {
    const d = normalFrom90(5, 10);
    expect(d).toMatchObject({ kind: "normal", mean: 7.5 });
    if (d.kind === "normal") expect(d.sd).toBeCloseTo(1.519892, 6);
  });

  it("Guesstimate's z = 1.645 gives sd 1.519757 instead (documents the difference)", () => {
    expect(5 / (2 * Z90_GUESSTIMATE)).toBeCloseTo(1.519757, 6);
    expect(Z90).toBeCloseTo(1.644854, 6);
  });
});

describe("toParams(low, high) (the 'a to b' convention)", () => {
  it("is lognormal with μ = (ln a + ln b)/2, σ = (ln b − ln a)/(2·z) when a > 0", () => {
    const p = toParams(2, 8);
    expect(p.log).toBe(true);
    expect(p.mu).toBeCloseTo(Math.log(4), 14);
    expect(p.sigma).toBeCloseTo(Math.log(4) / (2 * 1.6448536269514722), 14);
  });

  it("is normal with mean (a + b)/2 and sd (b − a)/(2·z) when a ≤ 0", () => {
    expect(toParams(-5, 3)).toEqual({ log: false, mu: -1, sigma: 8 / (2 * Z90) });
    expect(toParams(0, 4).log).toBe(false);
  });
});
