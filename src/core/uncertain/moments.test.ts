import { describe, expect, it } from "vitest";
import { Z90 } from "./constants.js";
import { beta, normal, point, to, triangular, uniform } from "./dist.js";
import { distMean, distQuantile, distSd } from "./moments.js";

describe("distMean / distSd / distQuantile for 'a to b' (issue test vectors)", () => {
  it("to(2, 8) has median 4 and mean 4.371407", () => {
    expect(distQuantile(to(2, 8), 0.5)).toBeCloseTo(4, 12);
    expect(distMean(to(2, 8))).toBeCloseTo(4.371407, 6);
  });

  it("to(5, 10) has mean 7.229784 and sd 1.540393", () => {
    expect(distMean(to(5, 10))).toBeCloseTo(7.229784, 6);
    expect(distSd(to(5, 10))).toBeCloseTo(1.540393, 6);
  });

  it("to(a, b) puts a at the 5th and b at the 95th percentile, both sides of zero", () => {
    for (const [a, b] of [
      [2, 8],
      [0.01, 300],
      [-5, 3],
      [0, 1],
    ]) {
      const tolerance = (x: number) => 1e-13 * Math.max(1, Math.abs(x));
      expect(Math.abs(distQuantile(to(a, b), 0.05) - a)).toBeLessThan(tolerance(a));
      expect(Math.abs(distQuantile(to(a, b), 0.95) - b)).toBeLessThan(tolerance(b));
    }
  });

  it("to(-5, 3) is a normal with mean −1 and sd 8/(2·z)", () => {
    expect(distMean(to(-5, 3))).toBe(-1);
    expect(distSd(to(-5, 3))).toBeCloseTo(8 / (2 * Z90), 14);
  });

  it("to(a, a) is the point a", () => {
    expect(distQuantile(to(3, 3), 0.2)).toBe(3);
    expect(distSd(to(3, 3))).toBe(0);
  });
});

describe("moments of the other families (textbook closed forms)", () => {
  it("point(v): mean v, sd 0, every quantile v", () => {
    expect([distMean(point(3)), distSd(point(3)), distQuantile(point(3), 0.9)]).toEqual([3, 0, 3]);
  });

  it("normal(5, 2): mean 5, sd 2, 97.5th percentile 5 + 2·1.959964", () => {
    expect(distMean(normal(5, 2))).toBe(5);
    expect(distSd(normal(5, 2))).toBe(2);
    expect(distQuantile(normal(5, 2), 0.975)).toBeCloseTo(5 + 2 * 1.959963984540054, 12);
  });

  it("uniform(2, 8): mean 5, sd 6/√12 = 1.732051, quantile linear", () => {
    expect(distMean(uniform(2, 8))).toBe(5);
    expect(distSd(uniform(2, 8))).toBeCloseTo(1.732051, 6);
    expect(distQuantile(uniform(2, 8), 0.25)).toBe(3.5);
  });

  it("beta(3, 7): mean 0.3, sd √(21/1100) = 0.138170", () => {
    expect(distMean(beta(3, 7))).toBeCloseTo(0.3, 15);
    expect(distSd(beta(3, 7))).toBeCloseTo(0.13817, 6);
  });

  it("beta(2, 2) quantile solves 3x² − 2x³ = p (x = ¼ at p = 5/32)", () => {
    expect(distQuantile(beta(2, 2), 5 / 32)).toBeCloseTo(0.25, 12);
  });

  it("triangular(1, 2, 4): mean 7/3, sd √(7/18), mode at the CDF value (m − a)/(b − a)", () => {
    const d = triangular(1, 2, 4);
    expect(distMean(d)).toBeCloseTo(7 / 3, 15);
    expect(distSd(d)).toBeCloseTo(Math.sqrt(7 / 18), 15);
    expect(distQuantile(d, 1 / 3)).toBeCloseTo(2, 14);
    expect(distQuantile(d, 0)).toBe(1);
    expect(distQuantile(d, 1)).toBe(4);
  });
});
