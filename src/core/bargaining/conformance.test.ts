// One conformance suite over every bargaining model declared in the registry (style.md item 5).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BARGAINING_MODELS } from "./game-reductions.js";

const TOLERANCE = 1e-6;

describe.each(BARGAINING_MODELS)("$name ($source)", (model) => {
  it.each(model.vectors)("reproduces the vector %j", ({ input, expected }) => {
    const got = model.evaluate(input);
    for (const [key, value] of Object.entries(expected)) {
      expect(Math.abs(got[key] - value), `${key}: got ${got[key]}, want ${value}`).toBeLessThan(
        TOLERANCE,
      );
    }
  });

  it("declares an input for each vector argument and a bound for each output", () => {
    for (const v of model.vectors) expect(v.input).toHaveLength(model.inputs.length);
    for (const key of Object.keys(model.vectors[0].expected))
      expect(model.bounds).toHaveProperty(key);
  });

  it("gives finite outputs within its declared bounds on its whole input domain", () => {
    const arbitraries = model.inputs.map((d) =>
      d.integer
        ? fc.integer({ min: d.low, max: d.high })
        : fc.double({ min: d.low, max: d.high, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.tuple(...arbitraries), (input) => {
        const got = model.evaluate(input);
        for (const [key, { low, high }] of Object.entries(model.bounds)) {
          expect(Number.isFinite(got[key])).toBe(true);
          expect(got[key]).toBeGreaterThanOrEqual(low - 1e-12);
          expect(got[key]).toBeLessThanOrEqual(high + 1e-12);
        }
      }),
      { numRuns: 60 },
    );
  });
});
