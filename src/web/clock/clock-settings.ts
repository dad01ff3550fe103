// The Clock page's sliders and how they become the breakout model's assumptions. Each slider sets
// the centre of an input; its spread keeps the default's relative width (docs/methodology.md §5).
import {
  type BreakoutAssumptions,
  type Dist,
  defaultAssumptions,
  type MachineTypeRecord,
  point,
  type StockBand,
  to,
  uniform,
} from "../../core/index.js";

export interface ClockSettings {
  /** Median output per machine-year, kg-SWU, by type. */
  swuPerYear: { "IR-1": number; "IR-2m": number; "IR-6": number };
  /** Centre of the HEU-step efficiency of advanced cascades (0.1–1). */
  heuEfficiency: number;
  /** Median set-up time, days (0–30). */
  setupDays: number;
  /** Cascades that take the HEU steps first (1–30), or null for all at once. */
  heuCascades: number | null;
  stocksUsed: StockBand[];
}

export const ALL_STOCKS: { band: StockBand; label: string }[] = [
  { band: "natural", label: "Natural uranium" },
  { band: "upTo2", label: "Up to 2 %" },
  { band: "upTo5", label: "Up to 5 %" },
  { band: "upTo20", label: "Up to 20 %" },
  { band: "upTo60", label: "Up to 60 %" },
];

const HEU_SPREAD = 0.1;
const midOf = (d: Dist | undefined, fallback: number) =>
  d?.kind === "to"
    ? Math.sqrt(d.low * d.high)
    : d?.kind === "uniform"
      ? (d.low + d.high) / 2
      : fallback;
const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** The sliders at the model's defaults for the bundled machine types. */
export function defaultClockSettings(machineTypes: MachineTypeRecord[]): ClockSettings {
  const a = defaultAssumptions(machineTypes);
  return {
    swuPerYear: {
      "IR-1": round(midOf(a.machineSwuPerYear["IR-1"], 0.87), 2),
      "IR-2m": round(midOf(a.machineSwuPerYear["IR-2m"], 3.9), 1),
      "IR-6": round(midOf(a.machineSwuPerYear["IR-6"], 5.3), 1),
    },
    heuEfficiency: round(midOf(a.efficiency.advanced.heu, 0.9), 2),
    setupDays: round(midOf(a.setupDays, 2), 1),
    heuCascades: a.heuCascades,
    stocksUsed: [...a.stocksUsed],
  };
}

/** A "low to high" interval with the default's ratio, re-centred on `median`. */
function recentre(d: Dist | undefined, median: number): Dist {
  if (d?.kind !== "to" || d.low <= 0) return to(median * 0.8, median * 1.25);
  const half = Math.sqrt(d.high / d.low);
  return to(median / half, median * half);
}

/** The assumptions the sliders describe, and the names of those that differ from the defaults. */
export function clockAssumptions(
  settings: ClockSettings,
  machineTypes: MachineTypeRecord[],
): { assumptions: BreakoutAssumptions; userSet: Set<string> } {
  const base = defaultAssumptions(machineTypes);
  const initial = defaultClockSettings(machineTypes);
  const userSet = new Set<string>();
  const a: BreakoutAssumptions = { ...base, machineSwuPerYear: { ...base.machineSwuPerYear } };
  for (const type of ["IR-1", "IR-2m", "IR-6"] as const) {
    if (settings.swuPerYear[type] === initial.swuPerYear[type]) continue;
    a.machineSwuPerYear[type] = recentre(base.machineSwuPerYear[type], settings.swuPerYear[type]);
    userSet.add(`machineSwuPerYear.${type}`);
  }
  if (settings.heuEfficiency !== initial.heuEfficiency) {
    const c = settings.heuEfficiency;
    const low = Math.max(0.01, c - HEU_SPREAD);
    a.efficiency = {
      ...base.efficiency,
      advanced: {
        ...base.efficiency.advanced,
        heu: uniform(low, Math.min(1, Math.max(low, c + HEU_SPREAD))),
      },
    };
    userSet.add("efficiency.advanced.heu");
  }
  if (settings.setupDays !== initial.setupDays) {
    a.setupDays = settings.setupDays <= 0 ? point(0) : recentre(base.setupDays, settings.setupDays);
    userSet.add("setupDays");
  }
  if (settings.heuCascades !== initial.heuCascades) {
    a.heuCascades = settings.heuCascades;
    userSet.add("heuCascades");
  }
  const stocks = ALL_STOCKS.map((s) => s.band).filter((b) => settings.stocksUsed.includes(b));
  if (stocks.join() !== initial.stocksUsed.join()) {
    a.stocksUsed = stocks;
    userSet.add("stocksUsed");
  }
  return { assumptions: a, userSet };
}

/** One line that says what the sliders are set to, for the charts' assumption lines. */
export function describeSettings(s: ClockSettings, defaults?: ClockSettings): string {
  if (defaults && JSON.stringify(s) === JSON.stringify(defaults))
    return "default assumptions (docs/methodology.md §5): all stocks, installed machines, four cascades first on HEU steps";
  return [
    `IR-1 ${s.swuPerYear["IR-1"]}, IR-2m ${s.swuPerYear["IR-2m"]}, IR-6 ${s.swuPerYear["IR-6"]} SWU/yr (medians)`,
    `HEU-step efficiency of advanced cascades ${s.heuEfficiency}`,
    `set-up ${s.setupDays} days`,
    `${s.heuCascades ?? "all"} cascades first on HEU steps`,
    `stocks: ${s.stocksUsed.join(", ") || "none"}`,
  ].join("; ");
}
