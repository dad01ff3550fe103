import { describe, expect, it } from "vitest";
import { createRng } from "../rng.js";
import { normalQuantile } from "./normal-quantile.js";
import { standardNormal } from "./standard-normal.js";

describe("standardNormal(rng) (Ziggurat)", () => {
  const n = 1_000_000;
  const rng = createRng(2231);
  const xs = Float64Array.from({ length: n }, () => standardNormal(rng));

  // The reference is AS241's Φ⁻¹, an independent method; the tails test the base strip and tail.
  it.each([1e-4, 0.001, 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 0.999, 1 - 1e-4])(
    "the share of 10⁶ draws below Φ⁻¹(%s) is p within 5 binomial SE",
    (p) => {
      const z = normalQuantile(p);
      const share = xs.reduce((k, x) => k + (x < z ? 1 : 0), 0) / n;
      expect(Math.abs(share - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
    },
  );

  it("draws beyond the base strip edge R = 3.4426 occur at the normal rate 2·(1 − Φ(R))", () => {
    const beyond = xs.reduce((k, x) => k + (Math.abs(x) > 3.442619855899 ? 1 : 0), 0) / n;
    // The base strip has area V = R·φ̃(R) + tail, with φ̃(x) = e^(−x²/2) unnormalised (Doornik 2005).
    const R = 3.442619855899;
    const expected =
      (2 * (9.91256303526217e-3 - R * Math.exp(-0.5 * R * R))) / Math.sqrt(2 * Math.PI);
    expect(Math.abs(beyond - expected)).toBeLessThan(5 * Math.sqrt(expected / n));
  });
});
