import type {
  CapacityEvent,
  ReportedProductionRate,
  SourceKind,
  StockBand,
  WeakVenue,
} from "./report-record.js";

/** Where a number in the resolved state came from: a report, an earlier report, a default or the user. */
export interface Provenance {
  /** "report" (stated in this report), "carried" (from an earlier report), "default" or "user". */
  origin: "report" | "carried" | "default" | "user";
  /** The source URL (for report and carried figures) or the text of the default's basis. */
  source: string;
  /** The report label the figure was taken from, when it was carried forward. */
  fromReport?: string;
  derived?: boolean;
  note?: string;
  sourceKind?: SourceKind;
  /** Set when the figure's only source is a blog, a thread reader or a forum. */
  venue?: WeakVenue;
  /** The IAEA report the figure comes from, e.g. "GOV/2021/51". */
  reportId?: string;
}

/** One stock of uranium at one enrichment level, usable as feed. */
export interface StockState {
  band: StockBand;
  kgU: number;
  /** The assay assumed for this band (weight fraction), e.g. 0.1975 for "up to 20 %". */
  assay: number;
  provenance: Provenance;
}

/**
 * A band whose current amount is unknown: carried across a loss of access or a fleet reset, or
 * older than the carry limit. `lastKnown` is the last figure, for display only: it is never used.
 */
export interface UnknownStock {
  band: StockBand;
  reason: string;
  lastKnown?: { kgU: number; asOfDate: string; fromReport: string; source: string };
}

/** A group of identical machines at one site. */
export interface FleetGroup {
  site: string;
  machineType: string;
  /** Machines enriching uranium at the report date. */
  enrichingMachines: number;
  /** Machines installed (including those enriching). */
  installedMachines: number;
  /** Machines per cascade, for turning capacity shares into whole cascades. */
  machinesPerCascade: number;
  provenance: Provenance;
}

/** A capacity event in force on the state's date, and the report that first gave it. */
export interface CapacityAdjustment extends CapacityEvent {
  fromReport: string;
}

/** The program on a date: what the clock runs on. Plain data (JSON in, JSON out). */
export interface ProgramState {
  /** The report label ("2021-11"), or "user" for a user-given state. */
  label: string;
  /** ISO date the state refers to (the report's as-of date, or its issue date). */
  date: string;
  /** ISO date the report was issued, when the state is a report's. */
  reportDate?: string;
  /** Quarterly or interim, when the state is a report's. */
  kind?: "quarterly" | "interim";
  /** Known stocks only: a band that is unknown is in `unknownStocks`, never here. */
  stocks: StockState[];
  /** Bands whose amount is unknown on this date, with why and the last known figure. */
  unknownStocks?: UnknownStock[];
  fleet: FleetGroup[];
  /**
   * Set when the fleet is unknown on this date (after a fleet reset, before any new count): the
   * clock and the JCPOA check then say "unknown", never "0 machines".
   */
  fleetUnknown?: { since: string; reason: string; source: string };
  /** Capacity events in force on this date (damage, machines idle), with their ranges. */
  capacityAdjustments?: CapacityAdjustment[];
  /** 60 % production rates reported for this date: the basis of capacity inferred from production. */
  productionRates?: ReportedProductionRate[];
  /** What the state lacks or had to borrow, in words the output shows. */
  warnings: string[];
}

/**
 * A state with the user's own stocks and fleet (a command line or a scenario): the bands they give
 * are known again, and a fleet they give makes the fleet known and replaces the report's
 * production rates and capacity events.
 */
export function withUserFigures(
  state: ProgramState,
  bands: StockBand[],
  fleetGiven: boolean,
): ProgramState {
  const unknownStocks = (state.unknownStocks ?? []).filter((u) => !bands.includes(u.band));
  if (!fleetGiven) return { ...state, unknownStocks };
  // The user's fleet is their own statement of capacity: the report's rates and events do not apply.
  const { fleetUnknown, productionRates, capacityAdjustments, ...rest } = state;
  return { ...rest, unknownStocks };
}
