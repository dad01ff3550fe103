import { type Dist, formatDist } from "../uncertain/index.js";
import type { BreakoutAssumptions } from "./assumptions.js";
import { DEFAULT_BASIS } from "./defaults.js";

/** One row of the assumption table every output carries: what was assumed, and why. */
export interface AssumptionRow {
  name: string;
  value: string;
  /** Where the value comes from: the default's basis, or "set by the user". */
  basis: string;
}

const pct = (x: number) => `${+(x * 100).toPrecision(3)} %`;
const dist = (d: Dist) => formatDist(d);

/** The assumptions as rows; `userSet` names the ones the user changed. */
export function assumptionTable(
  a: BreakoutAssumptions,
  userSet: ReadonlySet<string>,
): AssumptionRow[] {
  const row = (name: string, value: string): AssumptionRow => ({
    name,
    value,
    basis: userSet.has(name)
      ? "set by the user"
      : (DEFAULT_BASIS[name] ?? DEFAULT_BASIS[name.split(".")[0]] ?? ""),
  });
  return [
    row(
      "target",
      a.target === "wgu25" ? "25 kg of 90 % uranium" : "IAEA SQ: 25 kg U-235 (27.8 kg at 90 %)",
    ),
    row("stocksUsed", a.stocksUsed.join(", ")),
    row(
      "naturalUraniumKgU",
      a.naturalUraniumKgU === null ? "not limiting" : `${a.naturalUraniumKgU} kgU`,
    ),
    row("sites", a.sites ? a.sites.join(", ") : "all"),
    row("useInstalled", a.useInstalled ? "installed machines" : "enriching machines only"),
    ...Object.entries(a.machineSwuPerYear).map(([type, d]) =>
      row(`machineSwuPerYear.${type}`, `${dist(d)} SWU/yr`),
    ),
    row("uptime", dist(a.uptime)),
    row("efficiency.ir1.leu", dist(a.efficiency.ir1.leu)),
    row("efficiency.ir1.heu", dist(a.efficiency.ir1.heu)),
    row("efficiency.advanced.leu", dist(a.efficiency.advanced.leu)),
    row("efficiency.advanced.heu", dist(a.efficiency.advanced.heu)),
    row("setupDays", `${dist(a.setupDays)} days`),
    row("heuCascades", a.heuCascades === null ? "all cascades" : `${a.heuCascades} cascades first`),
    row("reconfigurationDays", `${dist(a.reconfigurationDays)} days`),
    ...Object.entries(a.tailsRange).map(([band, [lo, hi]]) =>
      row(`tailsRange.${band}`, `${pct(lo)} to ${pct(hi)}`),
    ),
    row("capacityBasis", a.capacityBasis),
    ...Object.entries(a.productionTails).map(([band, [lo, hi]]) =>
      row(`productionTails.${band}`, `${pct(lo)} to ${pct(hi)}`),
    ),
    ...Object.entries(a.stockCapsKgU).map(([band, kg]) => row(`stockCapsKgU.${band}`, `${kg} kgU`)),
    ...Object.entries(a.bandAssays).map(([band, x]) => row(`bandAssays.${band}`, pct(x as number))),
    ...a.extraMachines.map((m, i) =>
      row(
        `extraMachines.${i}`,
        `${m.machines} ${m.machineType} at ${m.site}${a.replaceFleet ? " (replacing the declared fleet)" : ""}`,
      ),
    ),
  ];
}
