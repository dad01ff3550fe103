import type { StockBand } from "./report-record.js";

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
}

/** One stock of uranium at one enrichment level, usable as feed. */
export interface StockState {
  band: StockBand;
  kgU: number;
  /** The assay assumed for this band (weight fraction), e.g. 0.1975 for "up to 20 %". */
  assay: number;
  provenance: Provenance;
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

/** The program on a date: what the clock runs on. Plain data (JSON in, JSON out). */
export interface ProgramState {
  /** The report label ("2021-11"), or "user" for a user-given state. */
  label: string;
  /** ISO date the state refers to (the report's as-of date, or its issue date). */
  date: string;
  /** ISO date the report was issued, when the state is a report's. */
  reportDate?: string;
  stocks: StockState[];
  fleet: FleetGroup[];
  /** What the state lacks or had to borrow, in words the output shows. */
  warnings: string[];
}
