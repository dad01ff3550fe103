import { describe, expect, it } from "vitest";
import { rubinsteinShare } from "./alternating-offers.js";
import { bargainingGame } from "./game-defaults.js";
import { solveBargainingToConvergence } from "./solve-to-convergence.js";

describe("solveBargainingToConvergence(params)", () => {
  it("reaches rubinsteinShare(0.95, 0.9) = 0.689655 within 1e−6", () => {
    const result = solveBargainingToConvergence(
      bargainingGame({ horizonWeeks: 8, discount: { us: 0.95, iran: 0.9 } }),
      { tolerance: 1e-9 },
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.usShare[0]).toBeCloseTo(rubinsteinShare(0.95, 0.9), 6);
    expect(result.plan.usShare[0]).toBeCloseTo(0.689655, 6);
  });

  it("says so, without NaN, when the horizon cap comes first (δ = 0.99999)", () => {
    const result = solveBargainingToConvergence(
      bargainingGame({ horizonWeeks: 8, discount: { us: 0.99999, iran: 0.99999 } }),
      { tolerance: 1e-9, maxHorizonWeeks: 2_000 },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("not-converged");
    expect(result.message).toMatch(/did not converge within 2000 weeks/);
    expect(result.message).not.toMatch(/NaN/);
  });
});
