import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDist } from "./check.js";
import type { Dist } from "./dist.js";
import { beta, normal, normalFrom90, point, to, triangular, uniform } from "./dist.js";
import { formatDist, parseDist } from "./parse.js";

describe("parseDist(text) reads every documented form", () => {
  it.each<[string, Dist]>([
    ["2 to 8", to(2, 8)],
    ["-5 to 3", to(-5, 3)],
    ["  1.5e-3 TO 2e2 ", to(0.0015, 200)],
    ["normal(5, 1)", normal(5, 1)],
    ["normal(p5 -5, p95 3)", normalFrom90(-5, 3)],
    ["normal({p5: -5, p95: 3})", normalFrom90(-5, 3)],
    ["normal(p95 3, p5 -5)", normalFrom90(-5, 3)],
    ["beta(3, 7)", beta(3, 7)],
    ["uniform(0, 1)", uniform(0, 1)],
    ["triangular(1, 2, 4)", triangular(1, 2, 4)],
    ["point(3)", point(3)],
    ["3.5", point(3.5)],
    ["-.5", point(-0.5)],
  ])("parseDist(%j)", (text, expected) => {
    expect(parseDist(text)).toEqual({ ok: true, value: expected });
  });
});

describe("parseDist(text) says what was expected", () => {
  it.each([
    ["9 to 2", "low (9) must be ≤ high (2) in '9 to 2'"],
    ["normal(5, 0)", "normal: sd must be > 0, got 0"],
    ["normal(5, -1)", "normal: sd must be > 0, got -1"],
    ["beta(0, 7)", "beta needs alpha > 0 and beta > 0, got alpha 0, beta 7"],
    ["uniform(1, 1)", "uniform: low (1) must be < high (1)"],
    ["triangular(1, 5, 4)", "triangular needs low ≤ mode ≤ high and low < high, got (1, 5, 4)"],
    ["normal(p5 3, p95 -5)", "normal: p5 (3) must be < p95 (-5) in 'normal(p5 3, p95 -5)'"],
    ["beta(3)", "beta expects beta(alpha, beta), got 'beta(3)'"],
    ["normal(a, 1)", "normal expects normal(mean, sd) or normal(p5 x, p95 y), got 'normal(a, 1)'"],
    ["two to 8", "'low to high' needs two numbers, got 'two to 8'"],
    ["1e999", "point: value must be a finite number, got Infinity"],
  ])("parseDist(%j) fails with %j", (text, error) => {
    expect(parseDist(text)).toEqual({ ok: false, error });
  });

  it.each(["gamma(2, 3)", "", "5 to", "normal 5 1"])(
    "parseDist(%j) lists the accepted forms",
    (text) => {
      const r = parseDist(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain("expected a number, 'low to high', normal(mean, sd)");
    },
  );
});

describe("checkDist(d) validates plain data (for the zod layer)", () => {
  it("accepts valid distributions as they are", () => {
    expect(checkDist(to(2, 8))).toEqual({ ok: true, value: to(2, 8) });
  });

  it("names a missing, non-finite or unexpected field and an unknown kind", () => {
    const bad = (x: unknown) => checkDist(x as Dist);
    expect(bad({ kind: "normal", mean: 1 })).toEqual({
      ok: false,
      error: "normal: sd must be a finite number, got nothing",
    });
    expect(bad({ kind: "to", low: 1, high: Number.NaN })).toEqual({
      ok: false,
      error: "to: high must be a finite number, got NaN",
    });
    expect(bad({ kind: "point", value: 1, sd: 2 })).toEqual({
      ok: false,
      error: "point: unexpected field 'sd'",
    });
    expect(bad({ kind: "gamma", shape: 2 })).toEqual({
      ok: false,
      error:
        "unknown distribution kind 'gamma'; expected one of point, to, normal, uniform, beta, triangular",
    });
  });
});

// Any valid Dist: parameters drawn from finite doubles, kept only when checkDist accepts them.
const num = fc.double({ noNaN: true, noDefaultInfinity: true });
const anyDist: fc.Arbitrary<Dist> = fc
  .oneof(
    num.map(point),
    fc.tuple(num, num).map(([a, b]) => to(Math.min(a, b), Math.max(a, b))),
    fc.tuple(num, num).map(([m, s]) => normal(m, Math.abs(s))),
    fc.tuple(num, num).map(([a, b]) => uniform(Math.min(a, b), Math.max(a, b))),
    fc.tuple(num, num).map(([a, b]) => beta(Math.abs(a), Math.abs(b))),
    fc.tuple(num, num, num).map((xs) => {
      const [a, m, b] = xs.sort((x, y) => x - y);
      return triangular(a, m, b);
    }),
  )
  .filter((d) => checkDist(d).ok);

describe("formatDist(d)", () => {
  it("writes the canonical text", () => {
    expect(
      [to(2, 8), normal(5, 1), beta(3, 7), triangular(1, 2, 4), point(-0)].map(formatDist),
    ).toEqual(["2 to 8", "normal(5, 1)", "beta(3, 7)", "triangular(1, 2, 4)", "-0"]);
  });

  it("parseDist(formatDist(d)) round-trips every valid d exactly", () => {
    fc.assert(
      fc.property(anyDist, (d) => {
        expect(parseDist(formatDist(d))).toEqual({ ok: true, value: d });
      }),
      { numRuns: 500 },
    );
  });
});
