// The stationary limit of the game: lengthen the horizon until week-0 play stops changing.
import type { GameParams } from "./game-params.js";
import { type SolveResult, solveBargainingGame } from "./solve-game.js";

/**
 * Solves `params` with horizons H, 2H, 4H, … (the breakout series held at its last value) until the
 * week-0 values and offers of two successive horizons differ by less than `tolerance`. For the
 * infinite-horizon limits (Rubinstein 1982; Binmore, Shaked & Sutton 1989). Returns
 * `not-converged`, with the last change, if `maxHorizonWeeks` is reached first.
 */
export function solveBargainingToConvergence(
  params: GameParams,
  options: { tolerance?: number; maxHorizonWeeks?: number } = {},
): SolveResult {
  const tolerance = options.tolerance ?? 1e-9;
  const maxWeeks = options.maxHorizonWeeks ?? 20_000;
  let previous: SolveResult | null = null;
  let change = Number.POSITIVE_INFINITY;
  for (let weeks = Math.max(1, params.horizonWeeks); weeks <= maxWeeks; weeks *= 2) {
    const days = new Float64Array(weeks + 1);
    const given = params.breakoutDays.length;
    for (let t = 0; t <= weeks; t++) days[t] = params.breakoutDays[Math.min(t, given - 1)];
    const result = solveBargainingGame({ ...params, horizonWeeks: weeks, breakoutDays: days });
    if (!result.ok) return result;
    if (previous?.ok) {
      const a = previous.plan;
      const b = result.plan;
      change = Math.max(
        Math.abs(a.valueUs[0] - b.valueUs[0]),
        Math.abs(a.valueIran[0] - b.valueIran[0]),
        Math.abs(a.usShare[0] - b.usShare[0]),
        Math.abs(a.usShare[1] - b.usShare[1]),
      );
      if (change < tolerance) return result;
    }
    previous = result;
  }
  return {
    ok: false,
    reason: "not-converged",
    message: `did not converge within ${maxWeeks} weeks (last change ${change.toExponential(2)} ≥ tolerance ${tolerance}); raise maxHorizonWeeks or check that the game is stationary`,
  };
}
