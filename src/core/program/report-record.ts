// The normalised record of one IAEA report, as stored in data/iaea-reports.json. Pure types: the
// Node loader (src/data) validates the file against a zod schema of the same shape.

/**
 * What kind of page a source is (docs/data.md, "Source kinds"): the IAEA's own text (a report, or a
 * statement of the Director General), a think tank, a news agency's own wire, a news outlet, or
 * anything else (government papers, copies of documents, compilations, blogs, forums).
 */
export type SourceKind =
  | "IAEA document"
  | "IAEA statement"
  | "think tank"
  | "wire service"
  | "news"
  | "other";

export const SOURCE_KINDS: readonly SourceKind[] = [
  "IAEA document",
  "IAEA statement",
  "think tank",
  "wire service",
  "news",
  "other",
];

/** Weak venues: a figure resting only on one of these is listed by `leverage data audit`. */
export type WeakVenue = "blog" | "thread reader" | "forum";

export const WEAK_VENUES: readonly WeakVenue[] = ["blog", "thread reader", "forum"];

/** One number and where it came from. Every figure in data/ has a source URL and its kind. */
export interface SourcedFigure {
  value: number;
  /** The URL the figure was read from (for a derived figure, the URL of its inputs). */
  source: string;
  sourceKind: SourceKind;
  /** Set when the source is a blog, a thread reader or a forum. */
  venue?: WeakVenue;
  /** The IAEA report the figure comes from (the primary document), e.g. "GOV/2021/51". */
  reportId?: string;
  /** False when that report id was never seen in a source (docs/data.md, "Report ids"). */
  reportIdConfirmed?: boolean;
  /** The date the figure describes, when it differs from its report's as-of date. */
  asOfDate?: string;
  /** True when computed from other figures (e.g. by subtraction); `note` says how. */
  derived?: boolean;
  /** True when taken from a secondary compilation rather than a report of the IAEA text. */
  secondary?: boolean;
  note?: string;
}

/** Stock bands as the IAEA reports them ("up to x %"), plus natural uranium. */
export type StockBand = "natural" | "upTo2" | "upTo5" | "upTo20" | "upTo60";

/**
 * The state of one group of centrifuges (a site × machine type) as a report states it. A report
 * lists only what its sources state; the resolver carries the rest forward from earlier reports.
 */
export interface FleetRecord {
  /** "Natanz FEP", "Natanz PFEP", "Fordow FFEP", or "all" when a source gives only a total. */
  site: string;
  /** A key of data/centrifuges.json: "IR-1", "IR-2m", "IR-4", "IR-6", "IR-5", "IR-s", "advanced". */
  machineType: string;
  installedMachines?: SourcedFigure;
  installedCascades?: SourcedFigure;
  enrichingMachines?: SourcedFigure;
  enrichingCascades?: SourcedFigure;
  /** The date the counts refer to, when it differs from the report's. */
  statusDate?: string;
  note?: string;
}

/** Two or more sources that disagree on one field: kept visible, never silently merged. */
export interface FigureConflict {
  field: string;
  values: SourcedFigure[];
  /** Which value the record uses and why. */
  resolution: string;
}

/**
 * A 60 % production rate the IAEA reported (via the press), in force on the report's date: the
 * basis of capacity inferred from production (docs/methodology.md §2.3).
 */
export interface ReportedProductionRate {
  /** The band produced ("upTo60"). */
  product: StockBand;
  /** The band fed to the producing cascades ("upTo5" or "upTo20"). */
  feed: StockBand;
  /** The sites the rate covers, together. */
  sites: string[];
  kgUPerMonth: SourcedFigure;
  /** True when the source says "more than": the rate is a lower bound. */
  atLeast?: boolean;
  /** The period the rate describes, in the source's words. */
  period: string;
  note: string;
}

/**
 * An event that scaled a site's capacity for a period (damage, machines idle): the machines of the
 * listed types at the listed sites count × a factor drawn from [scaleLow, scaleHigh] while the
 * state's date lies in [from, until). The resolver carries it forward within its period.
 */
export interface CapacityEvent {
  id: string;
  what: string;
  from: string;
  /** The first day it no longer applies; null while it lasts (until a fleet reset). */
  until: string | null;
  sites: string[];
  machineTypes: string[];
  scaleLow: number;
  scaleHigh: number;
  /** Why this range and this period, in words. */
  basis: string;
  source: string;
  sourceKind: SourceKind;
  alsoSources?: string[];
}

/** A published breakout estimate kept for calibration (clock.md); others are held out. */
export interface PublishedEstimate {
  by: string;
  url: string;
  date: string;
  /** The estimate as published, in words ("as little as three weeks"). */
  text: string;
  /** The same in days: central, and the range when one was published. */
  days: number;
  lowDays?: number;
  highDays?: number;
  basis: string;
  /** Short key of the case when one analysis publishes several (e.g. "covert-3000-IR-2m"). */
  scenario?: string;
  /** Cumulative weapons' worth (25 kg WGU each) by the end of month N, as published. */
  weaponsByMonth?: { months: number; weapons: number }[];
  /** How the words were turned into days (e.g. "1 month = 30.44 days"). */
  daysNote?: string;
}

export interface IaeaReportRecord {
  /**
   * The key users type (`--report 2021-11`): "YYYY-MM" for a quarterly report (the month it was
   * issued), "YYYY-MM-DD" for an interim (ad hoc) report (the day it was issued).
   */
  label: string;
  /** Quarterly reports, and interim (ad hoc) reports that count as observations on their own dates. */
  kind: "quarterly" | "interim";
  /** "GOV/2021/51", or null when not confirmed by a source. */
  reportId: string | null;
  /** A report id recalled but not confirmed by any source; for display only. */
  reportIdUnverified?: string;
  /** ISO date the report was issued. */
  reportDate: string;
  /** ISO date the stock figures refer to, when stated. */
  asOfDate: string | null;
  /** Enriched uranium by band, kg of uranium (UF6 masses converted ×0.6762, marked derived). */
  stocksKgU: Partial<Record<StockBand | "total", SourcedFigure>>;
  /**
   * Total minus the up-to-20 % and up-to-60 % stocks, kgU: all material below 20 % (≤2 %, ≤5 % and
   * non-UF6 forms) when the report gives no ≤2 % / ≤5 % split. Always derived.
   */
  residualBelow20KgU?: SourcedFigure;
  /** What the sources state about the centrifuges for this report. */
  fleet: FleetRecord[];
  /**
   * When set, the fleet carried forward from earlier reports no longer holds (e.g. after the
   * June 2025 strikes) and only this record's `fleet` counts. The text says why, with a source.
   */
  fleetReset?: { reason: string; source: string };
  /**
   * When set, the IAEA lost access on `since`: figures dated before it describe the programme
   * before the loss, and in later states they are unknown, not current.
   */
  accessLost?: { since: string; reason: string; source: string };
  /** A published estimate of total installed capacity, SWU per year. */
  capacitySwuPerYear?: SourcedFigure;
  /** Net production rate of up-to-60 % uranium, kgU per month. */
  production60KgUPerMonth?: SourcedFigure;
  /** Net production rate of up-to-20 % uranium, kgU per month. */
  production20KgUPerMonth?: SourcedFigure;
  /** Net production rate of LEU (up to 5 %), kgU per month (2019–2020 reports). */
  productionLeuKgUPerMonth?: SourcedFigure;
  /** 60 % production rates reported for this report's date (by site and feed). */
  productionRates?: ReportedProductionRate[];
  /** Events that scale a site's capacity, first reported here (carried within their period). */
  capacityEvents?: CapacityEvent[];
  /** Whether the IAEA had continuity of knowledge; text with its source. */
  continuityOfKnowledge?: string;
  conflicts: FigureConflict[];
  publishedEstimates: PublishedEstimate[];
  notes: string[];
  sources: { url: string; supports: string }[];
}

/** A centrifuge type's output per machine, SWU per year, as a planning range with sources. */
export interface MachineTypeRecord {
  machineType: string;
  /** Planning range (kg-U SWU per machine-year): low and high of a 90 % interval. */
  swuPerYearLow: number | null;
  swuPerYearHigh: number | null;
  /** Output observed or claimed elsewhere, for context. */
  observed?: string;
  /** Machines per cascade as installed in Iran. */
  machinesPerCascade: number | null;
  /** Cascade sizes seen at particular sites when they differ from the default. */
  cascadeSizes?: { site: string; machines: number; basis: string; source: string }[];
  basis: string;
  sources: string[];
}
