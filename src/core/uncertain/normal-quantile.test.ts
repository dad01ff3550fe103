import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Z90 } from "./constants.js";
import { normalQuantile } from "./normal-quantile.js";

// Reference values: R 4.x qnorm(p), printed with 16 significant digits.
const R_QNORM: [number, number][] = [
  [0.5, 0],
  [0.25, -0.6744897501960817],
  [0.95, 1.644853626951472],
  [0.975, 1.959963984540054],
  [0.999, 3.090232306167813],
  [1e-10, -6.361340902404056],
  [1e-300, -37.0470962993612],
];

describe("normalQuantile(p) (AS241)", () => {
  it.each(R_QNORM)("normalQuantile(%s) matches R's qnorm to 1e-15 relative", (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 14);
  });

  it("normalQuantile(0.95) is Z90 to within 4 ulp", () => {
    expect(Math.abs(normalQuantile(0.95) - Z90)).toBeLessThan(4 * Number.EPSILON * Z90);
  });

  it("normalQuantile is ±Infinity at 0 and 1", () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
  });

  it("normalQuantile(1 − p) = −normalQuantile(p) and is increasing", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 0.5, noNaN: true }),
        fc.double({ min: 1e-6, max: 0.5, noNaN: true }),
        (p, r) => {
          expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 9);
          if (p < r) expect(normalQuantile(p)).toBeLessThanOrEqual(normalQuantile(r));
        },
      ),
    );
  });
});
