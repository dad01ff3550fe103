import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { valueFunction, valueFunctionSlope } from "./value-function.js";

describe("valueFunction(x)", () => {
  // clock.md test vectors
  it.each([
    [0.00711, 4.868883],
    [0.035, 3.084605],
    [0.2, 0.831777],
    [0.6, 0.081093],
    [0.9, 1.75778],
    [0.003, 5.771302],
  ])("V(%f) = %f", (x, v) => {
    expect(valueFunction(x)).toBeCloseTo(v, 6);
  });

  it("is zero at 0.5", () => expect(valueFunction(0.5)).toBe(0));

  it("is symmetric: V(x) = V(1 − x)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (x) => {
        expect(valueFunction(x)).toBeCloseTo(valueFunction(1 - x), 9);
      }),
    );
  });

  it("valueFunctionSlope(x) matches a central difference of V", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (x) => {
        const h = 1e-6;
        const numeric = (valueFunction(x + h) - valueFunction(x - h)) / (2 * h);
        expect(valueFunctionSlope(x)).toBeCloseTo(numeric, 3);
      }),
    );
  });
});
