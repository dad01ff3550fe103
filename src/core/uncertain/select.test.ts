import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng } from "../rng.js";
import { minOf, selectInPlace } from "./select.js";

describe("selectInPlace(xs, k, left, right) (Floyd–Rivest)", () => {
  it("puts the k-th smallest at k, smaller before and larger after, on 50,000 values with ties", () => {
    const rng = createRng(7);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 49_999 }), fc.constantFrom(10, 1e9), (k, levels) => {
        const xs = Float64Array.from({ length: 50_000 }, () => Math.floor(rng() * levels));
        const sorted = Float64Array.from(xs).sort();
        selectInPlace(xs, k);
        expect(xs[k]).toBe(sorted[k]);
        expect(minOf(xs, k, xs.length - 1)).toBe(xs[k]);
        expect(Math.max(...xs.subarray(0, k + 1))).toBe(xs[k]);
      }),
      { numRuns: 20 },
    );
  });

  it("only touches xs[left..right]", () => {
    const xs = Float64Array.from([9, 8, 7, 6, 5, 4, 3]);
    selectInPlace(xs, 3, 2, 5);
    expect([xs[0], xs[1], xs[6]]).toEqual([9, 8, 3]);
    expect(xs[3]).toBe(5);
  });
});
