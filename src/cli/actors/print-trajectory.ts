import type { ActorsMonteCarlo, ActorTrajectory } from "../../core/index.js";
import { fmt, formatTable } from "../output.js";

/** The rounds shown in a table: all when few, else the first few, evenly spaced ones, the last. */
export function shownRounds(count: number, max = 8): number[] {
  if (count <= max) return Array.from({ length: count }, (_, t) => t);
  const picks = new Set<number>([0, 1, 2, count - 1]);
  for (let k = 1; picks.size < max; k++) picks.add(Math.round(((count - 1) * k) / (max - 3)));
  return [...picks].filter((t) => t < count).sort((a, b) => a - b);
}

/** Prints, per dimension, each actor's position over rounds and the weighted mean. */
export function printTrajectory(
  r: ActorTrajectory,
  modelName: string,
  scenario: string | undefined,
  mc?: ActorsMonteCarlo,
): void {
  const out: string[] = [];
  const rounds = shownRounds(r.rounds.length);
  const states = "states" in r ? ` (${String(r.states)} states as KTAB counts them)` : "";
  out.push(
    `${modelName}${scenario ? ` — ${scenario}` : ""}: ${r.rounds.length - 1} round(s)${states}, ${r.converged ? "converged" : "stopped at the cap"}\n`,
  );
  r.dimensions.forEach((dim, k) => {
    out.push(`\n${dim}\n`);
    const columns = ["actor", ...rounds.map((t) => (t === 0 ? "start" : `r${t}`))];
    const rows = r.actorNames.map((name, i) => [
      name,
      ...rounds.map((t) => fmt(r.rounds[t][i][k], 1)),
    ]);
    rows.push(["weighted mean", ...rounds.map((t) => fmt(r.meanByRound[t][k], 1))]);
    out.push(formatTable(columns, rows));
    out.push(`Forecast: ${fmt(r.forecast[k], 1)}\n`);
    if (mc) {
      const s = mc.forecast[k];
      out.push(
        `Monte Carlo (${mc.draws} draws, seed ${mc.seed}): median ${fmt(s.p50, 1)}, 90% range ${fmt(s.p5, 1)} to ${fmt(s.p95, 1)}\n`,
      );
    }
  });
  process.stdout.write(out.join(""));
}
