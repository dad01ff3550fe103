// Claim 5 (Iran's demands): a judgement input. Reports the actors' forecast on a dimension and how
// far it moves when one actor's capability, position or salience moves (its p5/p95 when uncertain,
// else ± `shift` points).
import { ACTOR_MODELS, centralActors, type UncertainActorSet } from "../../actors/index.js";
import { type Dist, distQuantile, point } from "../../uncertain/index.js";
import type { ClaimCheck } from "../claim-schema.js";
import type { ClaimContext } from "./claim-context.js";
import { type ClaimDriver, type ClaimResult, driver, topDrivers } from "./claim-result.js";

type Check = Extract<ClaimCheck, { kind: "positions" }>;

/** The ends an input is moved to: p5/p95 when uncertain, else value ∓ step clipped to [lo, hi]. */
function ends(d: Dist, step: number, lo: number, hi: number): [number, number] {
  if (d.kind !== "point") return [distQuantile(d, 0.05), distQuantile(d, 0.95)];
  return [Math.max(lo, d.value - step), Math.min(hi, d.value + step)];
}

export function positionsClaim(
  ctx: ClaimContext,
  check: Check,
): Omit<ClaimResult, "id" | "statement" | "kind"> {
  const run = ctx.actors;
  if (!run) throw new Error("positions claim without actors (rejected by parseScenario)");
  const k = run.dimensionIds.indexOf(check.dimension);
  const info = ACTOR_MODELS[run.model];
  const forecast = (set: UncertainActorSet) =>
    info.run(centralActors(set), run.settings).forecast[k];
  const value = run.central.forecast[k];
  const names = check.actors ?? run.set.actors.map((a) => a.name);
  const rows: ClaimDriver[] = [];
  const vary = (
    i: number,
    label: string,
    get: (set: UncertainActorSet) => Dist,
    put: (d: Dist) => UncertainActorSet,
    step: number,
    lo: number,
    hi: number,
  ) => {
    const [a, b] = ends(get(run.set), step, lo, hi);
    rows.push(driver(label, a, b, forecast(put(point(a))), forecast(put(point(b)))));
    return i;
  };
  const withActor = (
    i: number,
    change: (a: UncertainActorSet["actors"][number]) => UncertainActorSet["actors"][number],
  ) => ({
    ...run.set,
    actors: run.set.actors.map((a, j) => (j === i ? change(a) : a)),
  });
  for (const name of names) {
    const i = run.set.actors.findIndex((a) => a.name === name);
    const actor = run.set.actors[i];
    const cap = actor.capability;
    const capStep = cap.kind === "point" ? (cap.value * check.shift) / 100 : 0;
    vary(
      i,
      `actors.${name}.capability`,
      () => cap,
      (d) => withActor(i, (a) => ({ ...a, capability: d })),
      capStep,
      0,
      Number.POSITIVE_INFINITY,
    );
    vary(
      i,
      `actors.${name}.positions.${check.dimension}`,
      () => actor.position[k],
      (d) => withActor(i, (a) => ({ ...a, position: a.position.map((x, j) => (j === k ? d : x)) })),
      check.shift,
      0,
      100,
    );
    vary(
      i,
      `actors.${name}.saliences.${check.dimension}`,
      () => actor.salience[k],
      (d) => withActor(i, (a) => ({ ...a, salience: a.salience.map((x, j) => (j === k ? d : x)) })),
      check.shift / 100,
      0,
      1,
    );
  }
  // Saliences are shown on the file's 0–100 scale.
  const shown = rows.map((r) =>
    r.input.includes(".saliences.") ? { ...r, low: 100 * r.low, high: 100 * r.high } : r,
  );
  const band = run.monteCarlo?.forecast[k];
  const dim = ctx.resolved.scenario.actors?.dimensions[k];
  return {
    value,
    unit: "position (0–100)",
    verdict: "judgement input",
    rule: "positions, saliences and capabilities are analyst judgements; the value is where the model says they converge",
    summary:
      `${run.modelName}: the actors converge at ${value.toFixed(1)} on '${dim?.name ?? check.dimension}'${band ? ` (90 % band over ${run.monteCarlo?.draws} draws: ${band.p5.toFixed(1)}–${band.p95.toFixed(1)})` : ""}. ${dim?.scale ? `Scale: ${dim.scale}.` : ""}`.trim(),
    drivers: topDrivers(shown),
    inputs: [
      { name: "model", value: run.modelName },
      { name: "dimension", value: check.dimension },
      { name: "actors varied", value: names.join(", ") },
      {
        name: "step for a point value",
        value: `±${check.shift} points (capability ±${check.shift} %)`,
      },
      { name: "weighted-mean baseline", value: run.central.meanByRound[0][k].toFixed(1) },
    ],
  };
}
