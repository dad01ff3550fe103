import type { StockBand } from "../program/index.js";
import type { Dist } from "../uncertain/index.js";

/** Machines differ in how well they do off-design steps: the IR-1, and the rest. */
export type MachineClass = "ir1" | "advanced";

export const machineClass = (machineType: string): MachineClass =>
  machineType === "IR-1" ? "ir1" : "advanced";

/** What the plan must produce: 25 kg of 90 % uranium (think tanks), or the IAEA's SQ. */
export type BreakoutTarget = "wgu25" | "iaeaSq";

/**
 * How a reported production rate counts (docs/methodology.md §2.3): "larger" uses the larger of
 * the capacity it implies and what the counts imply at its sites; "counts" ignores it; "production"
 * uses only what it implies at its sites.
 */
export type CapacityBasis = "larger" | "counts" | "production";

/** Machines added to (or replacing) the declared fleet, e.g. a covert plant. */
export interface ExtraMachines {
  site: string;
  machineType: string;
  machines: number;
  machinesPerCascade: number;
}

/**
 * Everything the clock assumes that is not data. Each field is shown in the output with its value
 * and its basis, and each can be changed by the user.
 */
export interface BreakoutAssumptions {
  target: BreakoutTarget;
  /** Stocks that may feed the plan. "natural" means fresh natural uranium. */
  stocksUsed: StockBand[];
  /** Natural uranium available, kgU; null means not limiting. */
  naturalUraniumKgU: number | null;
  /** Sites whose machines may be used (substring match, e.g. "Fordow"); null for all. */
  sites: string[] | null;
  /** Count installed machines that are not enriching (they start after the set-up time). */
  useInstalled: boolean;
  /** Output per machine by type, kg-SWU per year. */
  machineSwuPerYear: Record<string, Dist>;
  /** Share of machines that actually run (uptime, breakages). */
  uptime: Dist;
  /**
   * Cascade efficiency η: the share of a machine's rated output it delivers in a breakout, for
   * steps whose product is ≤ 20 % (LEU) and > 20 % (HEU), for IR-1 and for advanced machines.
   */
  efficiency: Record<MachineClass, { leu: Dist; heu: Dist }>;
  /** Fixed time before product flows: re-piping, start-up, cascade equilibrium, days. */
  setupDays: Dist;
  /** The range of tails assays a plan may choose for feed from each band (min, max). */
  tailsRange: Record<StockBand, [number, number]>;
  /**
   * Cascades that can take the HEU steps at once (the best ones, re-piped during the set-up); the
   * rest join after `reconfigurationDays`. null: every cascade from the start.
   */
  heuCascades: number | null;
  /** Days until the remaining cascades are re-piped for HEU steps. */
  reconfigurationDays: Dist;
  /** Upper limits on a stock, kgU (e.g. the JCPOA's 202.8 kgU), applied after the data. */
  stockCapsKgU: Partial<Record<StockBand, number>>;
  /** Assay of each band, when the user overrides the default reading. */
  bandAssays: Partial<Record<StockBand, number>>;
  /** Machines added to the declared fleet (for example a covert plant). */
  extraMachines: ExtraMachines[];
  /** Use only `extraMachines`, ignoring the declared fleet (a covert plant alone). */
  replaceFleet: boolean;
  /** How reported production rates count against the machine counts. */
  capacityBasis: CapacityBasis;
  /**
   * The tails range (min, max) of cascades that produced a reported 60 % rate, by their feed band:
   * the separative work per kg behind the rate, so the capacity it implies.
   */
  productionTails: Partial<Record<StockBand, [number, number]>>;
}

/** The point values of one Monte Carlo draw. */
export interface DrawParameters {
  swuPerMachineYear: Record<string, number>;
  uptime: number;
  efficiency: Record<MachineClass, { leu: number; heu: number }>;
  setupDays: number;
  reconfigurationDays: number;
  /** Each capacity event's factor, by event id (the middle of its range when absent). */
  capacityScale?: Record<string, number>;
  /** Each reported rate's tails, in the model's order (the middle of its range when absent). */
  productionTails?: number[];
}

/** kg of 90 % uranium the target needs: 25 kg WGU, or 25 kg U-235 contained (27.8 kg at 90 %). */
export function targetKg(target: BreakoutTarget): number {
  return target === "wgu25" ? 25 : 25 / 0.9;
}
