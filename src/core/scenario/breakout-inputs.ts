// The clock's uncertain inputs, by name, and a way to pin one at a quantile: the rows of the
// one-at-a-time sensitivity for claims that rest on the clock.
import type { BreakoutAssumptions, BreakoutModel } from "../breakout/index.js";
import { machineClass } from "../breakout/index.js";
import { type Dist, distQuantile, point } from "../uncertain/index.js";

export interface BreakoutInput {
  path: string;
  dist: Dist;
}

/** The non-point inputs that matter for `model`'s fleet (machine types and classes in it). */
export function breakoutInputs(model: BreakoutModel): BreakoutInput[] {
  const a = model.assumptions;
  const types = [...new Set(model.groups.map((g) => g.machineType))].sort();
  const classes = [...new Set(types.map(machineClass))].sort();
  const inputs: BreakoutInput[] = [
    ...types.map((t) => ({ path: `machineSwuPerYear.${t}`, dist: a.machineSwuPerYear[t] })),
    { path: "uptime", dist: a.uptime },
    ...classes.flatMap((c) => [
      { path: `efficiency.${c}.leu`, dist: a.efficiency[c].leu },
      { path: `efficiency.${c}.heu`, dist: a.efficiency[c].heu },
    ]),
    { path: "setupDays", dist: a.setupDays },
    ...(a.heuCascades === null
      ? []
      : [{ path: "reconfigurationDays", dist: a.reconfigurationDays }]),
  ];
  return inputs.filter((x) => x.dist.kind !== "point");
}

/** `a` with the input at `path` pinned at its quantile `p`. */
export function pinBreakoutInput(
  a: BreakoutAssumptions,
  path: string,
  p: number,
): BreakoutAssumptions {
  const [head, k1, k2] = path.split(".");
  const at = (d: Dist) => point(distQuantile(d, p));
  if (head === "machineSwuPerYear")
    return {
      ...a,
      machineSwuPerYear: { ...a.machineSwuPerYear, [k1]: at(a.machineSwuPerYear[k1]) },
    };
  if (head === "efficiency") {
    const cls = k1 as "ir1" | "advanced";
    const step = k2 as "leu" | "heu";
    return {
      ...a,
      efficiency: {
        ...a.efficiency,
        [cls]: { ...a.efficiency[cls], [step]: at(a.efficiency[cls][step]) },
      },
    };
  }
  if (head === "uptime") return { ...a, uptime: at(a.uptime) };
  if (head === "setupDays") return { ...a, setupDays: at(a.setupDays) };
  if (head === "reconfigurationDays")
    return { ...a, reconfigurationDays: at(a.reconfigurationDays) };
  return a;
}
