// The scenario's breakout section merged once over the clock's defaults (docs/methodology.md §5).
import type { BreakoutAssumptions } from "../breakout/index.js";
import { defaultAssumptions } from "../breakout/index.js";
import type { MachineTypeRecord } from "../program/index.js";
import type { ScenarioBreakout } from "./breakout-schema.js";

/** The assumptions, and the names of those the scenario set (shown as "set by the scenario"). */
export function scenarioAssumptions(
  given: ScenarioBreakout,
  machineTypes: MachineTypeRecord[],
): { assumptions: BreakoutAssumptions; userSet: string[] } {
  const a = defaultAssumptions(machineTypes);
  const userSet: string[] = [];
  const mark = (name: string) => userSet.push(name);
  const perCascade = (type: string) =>
    machineTypes.find((m) => m.machineType === type)?.machinesPerCascade ?? 170;
  const merged: BreakoutAssumptions = {
    ...a,
    target: given.target ?? a.target,
    stocksUsed: given.stocksUsed ?? a.stocksUsed,
    naturalUraniumKgU:
      given.naturalUraniumKgU !== undefined ? given.naturalUraniumKgU : a.naturalUraniumKgU,
    sites: given.sites !== undefined ? given.sites : a.sites,
    useInstalled: given.useInstalled ?? a.useInstalled,
    machineSwuPerYear: { ...a.machineSwuPerYear, ...given.machineSwuPerYear },
    uptime: given.uptime ?? a.uptime,
    efficiency: {
      ir1: { ...a.efficiency.ir1, ...given.efficiency?.ir1 },
      advanced: { ...a.efficiency.advanced, ...given.efficiency?.advanced },
    },
    setupDays: given.setupDays ?? a.setupDays,
    reconfigurationDays: given.reconfigurationDays ?? a.reconfigurationDays,
    tailsRange: { ...a.tailsRange, ...(given.tailsRange as BreakoutAssumptions["tailsRange"]) },
    heuCascades: given.heuCascades !== undefined ? given.heuCascades : a.heuCascades,
    stockCapsKgU: { ...given.stockCapsKgU },
    bandAssays: { ...given.bandAssays },
    extraMachines: (given.extraMachines ?? []).map((m) => ({
      site: m.site,
      machineType: m.machineType,
      machines: m.machines,
      machinesPerCascade: m.machinesPerCascade ?? perCascade(m.machineType),
    })),
    replaceFleet: given.replaceFleet ?? false,
  };
  for (const key of [
    "target",
    "stocksUsed",
    "naturalUraniumKgU",
    "sites",
    "useInstalled",
    "uptime",
    "setupDays",
    "reconfigurationDays",
    "heuCascades",
    "replaceFleet",
  ] as const)
    if (given[key] !== undefined) mark(key);
  for (const type of Object.keys(given.machineSwuPerYear ?? {})) mark(`machineSwuPerYear.${type}`);
  for (const cls of ["ir1", "advanced"] as const)
    for (const step of ["leu", "heu"] as const)
      if (given.efficiency?.[cls]?.[step] !== undefined) mark(`efficiency.${cls}.${step}`);
  for (const band of Object.keys(given.tailsRange ?? {})) mark(`tailsRange.${band}`);
  for (const band of Object.keys(given.stockCapsKgU ?? {})) mark(`stockCapsKgU.${band}`);
  for (const band of Object.keys(given.bandAssays ?? {})) mark(`bandAssays.${band}`);
  merged.extraMachines.forEach((_, i) => {
    mark(`extraMachines.${i}`);
  });
  return { assumptions: merged, userSet };
}
