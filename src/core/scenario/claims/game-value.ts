// A claim value computed from some strategies' tallies, and its one-at-a-time drivers: every input
// of those strategies pinned at its p5 and p95 (a strategy that does not use an input keeps its
// unpinned tally of the same size, so the comparison uses common random numbers throughout).
import type { BargainingTally } from "../../bargaining/index.js";
import { SERIES_INPUT } from "../game-run.js";
import type { ClaimContext } from "./claim-context.js";
import { type ClaimDriver, driver, topDrivers } from "./claim-result.js";

/** How a game input is named in a report: the YAML section it lives in. */
export function gameInputLabel(path: string): string {
  if (path === SERIES_INPUT) return "clock band (breakout days, p5/p95 series)";
  return path.startsWith("strategy.") ? path : `game.${path}`;
}

export function strategyIndex(ctx: ClaimContext, name: string): number {
  return ctx.config.strategies.findIndex((s) => s.name === name);
}

export function gameValue(
  ctx: ClaimContext,
  strategies: number[],
  f: (tallies: BargainingTally[]) => number,
  only?: (path: string) => boolean,
): { value: number; drivers: ClaimDriver[]; all: ClaimDriver[] } {
  const value = f(strategies.map((s) => ctx.game.main[s]));
  const seen = new Map<string, { low: number; high: number }>();
  for (const s of strategies)
    for (const input of ctx.game.inputs[s])
      if (!seen.has(input.path) && (!only || only(input.path))) seen.set(input.path, input);
  const all = [...seen].map(([path, { low, high }]) => {
    const at = (end: 0 | 1) =>
      f(strategies.map((s) => ctx.game.pinned[s][path]?.[end] ?? ctx.game.base[s]));
    return driver(gameInputLabel(path), low, high, at(0), at(1));
  });
  return { value, drivers: topDrivers(all), all };
}
