import { defaultBandAssay, ENRICHED_BANDS } from "./band-assays.js";
import type {
  FleetRecord,
  IaeaReportRecord,
  MachineTypeRecord,
  SourcedFigure,
  StockBand,
} from "./report-record.js";
import type {
  CapacityAdjustment,
  FleetGroup,
  ProgramState,
  Provenance,
  StockState,
  UnknownStock,
} from "./state.js";

export type ResolveResult = { ok: true; state: ProgramState } | { ok: false; error: string };

const ADVANCED_TYPES = new Set(["IR-2m", "IR-4", "IR-5", "IR-6", "IR-s", "advanced"]);
const DEFAULT_MACHINES_PER_CASCADE = 170;

/**
 * A stock figure carried from further back than this many quarterly reports is unknown, not old
 * data (issue 13): stocks change every quarter, so a two-report-old figure is the oldest kept.
 */
export const MAX_CARRY_QUARTERLY_REPORTS = 2;

const fromFigure = (figure: SourcedFigure, label: string, current: string): Provenance => ({
  origin: label === current ? "report" : "carried",
  source: figure.source,
  ...(label === current ? {} : { fromReport: label }),
  ...(figure.derived ? { derived: true } : {}),
  ...(figure.note ? { note: figure.note } : {}),
  sourceKind: figure.sourceKind,
  ...(figure.venue ? { venue: figure.venue } : {}),
  ...(figure.reportId ? { reportId: figure.reportId } : {}),
});

const stateDate = (r: IaeaReportRecord) => r.asOfDate ?? r.reportDate;

/** The date a figure of record `r` describes: its own as-of date, or the report's. */
const figureDate = (figure: SourcedFigure, r: IaeaReportRecord) => figure.asOfDate ?? stateDate(r);

/** The latest report at or before `index` that states `band`, or null. */
function lastStated(reports: IaeaReportRecord[], index: number, band: StockBand | "total") {
  for (let i = index; i >= 0; i--) {
    const figure = reports[i].stocksKgU[band];
    if (figure) return { figure, index: i };
  }
  return null;
}

/**
 * Why a figure of report `from` cannot stand for the state of report `at`, or null if it can: it
 * predates a loss of access that came before the state's date, it was carried across a fleet
 * reset, or it is older than the carry limit.
 */
export function staleReason(
  reports: IaeaReportRecord[],
  from: number,
  at: number,
  figure: SourcedFigure,
): string | null {
  const date = figureDate(figure, reports[from]);
  const now = stateDate(reports[at]);
  for (let k = 0; k <= at; k++) {
    const lost = reports[k].accessLost;
    if (lost && date <= lost.since && lost.since < now) {
      return `dated ${date}, before the IAEA lost access on ${lost.since} (report ${reports[k].label})`;
    }
  }
  for (let k = from + 1; k <= at; k++) {
    if (reports[k].fleetReset)
      return `carried across the fleet reset of report ${reports[k].label}`;
  }
  let quarterly = 0;
  for (let k = from + 1; k <= at; k++) if (reports[k].kind === "quarterly") quarterly++;
  if (quarterly > MAX_CARRY_QUARTERLY_REPORTS) {
    return `last stated in report ${reports[from].label}, ${quarterly} quarterly reports earlier (the limit is ${MAX_CARRY_QUARTERLY_REPORTS})`;
  }
  return null;
}

/**
 * The stocks on a report's date. A band the report states is used as stated; a band it lacks is
 * carried from the last report that had it, or derived from the report's total; a figure that is
 * stale (see staleReason) is unknown, with its last value kept for display only. A band never
 * reported is absent. Every step is written into `warnings`.
 */
export function resolveStocks(
  reports: IaeaReportRecord[],
  index: number,
  warnings: string[],
): { stocks: StockState[]; unknown: UnknownStock[] } {
  const report = reports[index];
  const date = stateDate(report);
  const stocks = new Map<StockBand, StockState>();
  const unknown = new Map<StockBand, UnknownStock>();
  const put = (band: StockBand, kgU: number, provenance: Provenance) =>
    stocks.set(band, { band, kgU, assay: defaultBandAssay(band, date).assay, provenance });
  const markUnknown = (band: StockBand, from: number, figure: SourcedFigure, reason: string) => {
    unknown.set(band, {
      band,
      reason,
      lastKnown: {
        kgU: figure.value,
        asOfDate: figureDate(figure, reports[from]),
        fromReport: reports[from].label,
        source: figure.source,
      },
    });
    warnings.push(
      `${band} unknown in report ${report.label}: the last figure, ${figure.value} kgU, is ${reason}; it is not used`,
    );
  };
  /** Uses the latest figure for `band` at or before `upTo`, or marks the band unknown. */
  const takeLatest = (band: StockBand, upTo: number) => {
    const latest = lastStated(reports, upTo, band);
    if (!latest) return;
    const reason = staleReason(reports, latest.index, index, latest.figure);
    if (reason) {
      markUnknown(band, latest.index, latest.figure, reason);
      return;
    }
    const label = reports[latest.index].label;
    put(band, latest.figure.value, fromFigure(latest.figure, label, report.label));
    if (latest.index !== index) {
      warnings.push(
        `${band} not in report ${report.label}: carried forward ${latest.figure.value} kgU from ${label}`,
      );
    }
  };

  for (const band of ["upTo20", "upTo60"] as const) takeLatest(band, index);
  const lowStated = (["upTo2", "upTo5"] as const).filter((b) => report.stocksKgU[b]);
  for (const band of lowStated) takeLatest(band, index);
  const lowMissing = (["upTo2", "upTo5"] as const).filter((b) => !report.stocksKgU[b]);
  const total = report.stocksKgU.total;
  const totalUsable = total && !staleReason(reports, index, index, total);
  if (totalUsable && lowMissing.length > 0) {
    const known = [...stocks.values()].reduce((sum, s) => sum + s.kgU, 0);
    const residual = Math.max(0, total.value - known);
    const band: StockBand = lowMissing.includes("upTo5") ? "upTo5" : "upTo2";
    const inside = [...unknown.keys()];
    const note = `total ${total.value} kgU minus the known bands${inside.length > 0 ? `; it includes the unknown ${inside.join(" and ")} stock` : ""}`;
    put(band, residual, { ...fromFigure(total, report.label, report.label), derived: true, note });
    warnings.push(
      `${lowMissing.join(" and ")} not split in report ${report.label}: ${residual.toFixed(1)} kgU (total minus known bands) counted as ${band}${inside.length > 0 ? ` (it includes the unknown ${inside.join(" and ")} material, read at the ${band} assay)` : ""}`,
    );
  } else {
    for (const band of lowMissing) takeLatest(band, index - 1);
  }
  warnWeakSources(
    [...stocks.values()].map((s) => ({ what: `${s.band} ${s.kgU} kgU`, provenance: s.provenance })),
    report.label,
    warnings,
  );
  const order = (bands: Map<StockBand, unknown>) => ENRICHED_BANDS.filter((b) => bands.has(b));
  return {
    stocks: order(stocks).map((b) => stocks.get(b) as StockState),
    unknown: order(unknown).map((b) => unknown.get(b) as UnknownStock),
  };
}

/** One warning per weak source (a blog, a thread reader, a forum) that a used figure rests on. */
function warnWeakSources(
  used: { what: string; provenance: Provenance }[],
  label: string,
  warnings: string[],
) {
  const bySource = new Map<string, { venue: string; what: string[] }>();
  for (const u of used) {
    if (!u.provenance.venue) continue;
    const entry = bySource.get(u.provenance.source) ?? { venue: u.provenance.venue, what: [] };
    entry.what.push(u.what);
    bySource.set(u.provenance.source, entry);
  }
  for (const [source, { venue, what }] of bySource) {
    warnings.push(
      `report ${label}: ${what.join(", ")} rest${what.length === 1 ? "s" : ""} only on a ${venue} (${source}); no other source was found (leverage data audit)`,
    );
  }
}

const machineCount = (
  machines: SourcedFigure | undefined,
  cascades: SourcedFigure | undefined,
  perCascade: number,
): SourcedFigure | undefined =>
  machines ??
  (cascades
    ? {
        ...cascades,
        value: cascades.value * perCascade,
        derived: true,
        note: `${cascades.value} cascades × ${perCascade}`,
      }
    : undefined);

/**
 * A total for all sites (e.g. "13,555 advanced machines") keeps the per-site groups already known
 * and adds the rest as one group of the total's type, so known fast cascades keep their type.
 */
function applyTotal(
  groups: Map<string, FleetGroup>,
  entry: FleetRecord,
  label: string,
  perCascade: number,
  installed: SourcedFigure | undefined,
  enriching: SourcedFigure | undefined,
  warnings: string[],
) {
  const key = `all|${entry.machineType}`;
  const covered = [...groups.entries()].filter(
    ([k, g]) =>
      k !== key &&
      (entry.machineType === "advanced"
        ? ADVANCED_TYPES.has(g.machineType)
        : g.machineType === entry.machineType),
  );
  const known = (pick: (g: FleetGroup) => number) =>
    covered.reduce((sum, [, g]) => sum + pick(g), 0);
  const knownInstalled = known((g) => g.installedMachines);
  const total = (installed ?? enriching) as SourcedFigure;
  if (total.value < knownInstalled) {
    warnings.push(
      `report ${label}: the total of ${total.value} ${entry.machineType} machines is below the ${knownInstalled} known at sites; the per-site counts are kept`,
    );
  }
  const restInstalled = Math.max(0, (installed?.value ?? 0) - knownInstalled);
  const restEnriching = enriching
    ? Math.max(0, enriching.value - known((g) => g.enrichingMachines))
    : restInstalled;
  groups.set(key, {
    site: "all",
    machineType: entry.machineType,
    installedMachines: Math.max(restInstalled, restEnriching),
    enrichingMachines: restEnriching,
    machinesPerCascade: perCascade,
    provenance: {
      ...fromFigure(total, label, ""),
      derived: true,
      note: `the report's total of ${total.value} minus ${knownInstalled} already known at named sites${entry.note ? `; ${entry.note}` : ""}`,
    },
  });
}

/** Applies one report's fleet entries on top of the groups carried so far. */
function applyFleet(
  groups: Map<string, FleetGroup>,
  entries: FleetRecord[],
  label: string,
  perCascade: (type: string) => number,
  warnings: string[],
) {
  for (const entry of entries) {
    const n = perCascade(entry.machineType);
    const installed = machineCount(entry.installedMachines, entry.installedCascades, n);
    const enriching = machineCount(entry.enrichingMachines, entry.enrichingCascades, n);
    if (!installed && !enriching) continue;
    if (entry.site === "all") {
      applyTotal(groups, entry, label, n, installed, enriching, warnings);
      continue;
    }
    const key = `${entry.site}|${entry.machineType}`;
    const previous = groups.get(key);
    const installedValue =
      installed?.value ?? Math.max(enriching?.value ?? 0, previous?.installedMachines ?? 0);
    const enrichingValue = enriching?.value ?? previous?.enrichingMachines ?? installedValue;
    const figure = (installed ?? enriching) as SourcedFigure;
    groups.set(key, {
      site: entry.site,
      machineType: entry.machineType,
      installedMachines: Math.max(installedValue, enrichingValue),
      enrichingMachines: enrichingValue,
      machinesPerCascade: n,
      // Recorded as stated in `label`; resolveFleet marks it carried if that is not the current report.
      provenance: { ...fromFigure(figure, label, ""), ...(entry.note ? { note: entry.note } : {}) },
    });
  }
}

/**
 * The fleet on a report's date: every (site, type) group as last stated at or before it. A
 * `fleetReset` (e.g. after the June 2025 strikes) drops what came before; until a new count, the
 * fleet is unknown (`unknownSince`), not empty.
 */
export function resolveFleet(
  reports: IaeaReportRecord[],
  index: number,
  machineTypes: MachineTypeRecord[],
  warnings: string[],
): { fleet: FleetGroup[]; unknown: ProgramState["fleetUnknown"] } {
  const perCascade = (type: string) =>
    machineTypes.find((m) => m.machineType === type)?.machinesPerCascade ??
    DEFAULT_MACHINES_PER_CASCADE;
  const groups = new Map<string, FleetGroup>();
  const current = reports[index].label;
  let reset: IaeaReportRecord | null = null;
  for (let i = 0; i <= index; i++) {
    if (reports[i].fleetReset) {
      groups.clear();
      reset = reports[i];
      warnings.push(`fleet reset at report ${reports[i].label}: ${reports[i].fleetReset?.reason}`);
    }
    applyFleet(groups, reports[i].fleet, reports[i].label, perCascade, warnings);
  }
  const fleet = [...groups.values()].map((group): FleetGroup => {
    const { fromReport, ...rest } = group.provenance;
    return fromReport === current
      ? { ...group, provenance: { ...rest, origin: "report" } }
      : { ...group, provenance: { ...rest, origin: "carried", fromReport } };
  });
  const carried = fleet.filter((g) => g.provenance.origin === "carried");
  if (carried.length > 0) {
    warnings.push(
      `fleet: ${carried.length} of ${fleet.length} groups carried forward from earlier reports (${carried.map((g) => `${g.site} ${g.machineType} from ${g.provenance.fromReport}`).join("; ")})`,
    );
  }
  warnWeakSources(
    fleet.map((g) => ({ what: `${g.site} ${g.machineType} count`, provenance: g.provenance })),
    current,
    warnings,
  );
  if (fleet.length > 0 || !reset?.fleetReset) {
    if (fleet.length === 0) warnings.push(`fleet: no centrifuge counts known at report ${current}`);
    return { fleet, unknown: undefined };
  }
  const since = reset.accessLost?.since ?? stateDate(reset);
  warnings.push(
    `fleet unknown at report ${current}: no count verified since ${since} (fleet reset at ${reset.label})`,
  );
  return {
    fleet,
    unknown: { since, reason: reset.fleetReset.reason, source: reset.fleetReset.source },
  };
}

/**
 * Capacity events in force on the state's date: reported at or before it, with from ≤ date <
 * until, and not ended by a later fleet reset. Each one is named in the warnings.
 */
export function resolveAdjustments(
  reports: IaeaReportRecord[],
  index: number,
  warnings: string[],
): CapacityAdjustment[] {
  const date = stateDate(reports[index]);
  const active: CapacityAdjustment[] = [];
  for (let j = 0; j <= index; j++) {
    const resetLater = reports.slice(j + 1, index + 1).some((r) => r.fleetReset);
    for (const event of reports[j].capacityEvents ?? []) {
      if (resetLater || date < event.from || (event.until !== null && date >= event.until))
        continue;
      active.push({ ...event, fromReport: reports[j].label });
      warnings.push(
        `capacity adjustment: ${event.machineTypes.join(" and ")} at ${event.sites.join(", ")} × ${event.scaleLow}–${event.scaleHigh} from ${event.from}${event.until ? ` to ${event.until}` : ""}: ${event.what} (${event.source})`,
      );
    }
  }
  return active;
}

/** The program state of one report: its stocks and fleet with carried-forward gaps filled and named. */
export function resolveProgramState(
  reports: IaeaReportRecord[],
  label: string,
  machineTypes: MachineTypeRecord[],
): ResolveResult {
  const index = reports.findIndex((r) => r.label === label);
  if (index < 0) {
    return {
      ok: false,
      error: `unknown report '${label}'. Known reports: ${reports.map((r) => r.label).join(", ")}`,
    };
  }
  const report = reports[index];
  const warnings: string[] = [];
  const { stocks, unknown } = resolveStocks(reports, index, warnings);
  const fleet = resolveFleet(reports, index, machineTypes, warnings);
  const adjustments = resolveAdjustments(reports, index, warnings);
  return {
    ok: true,
    state: {
      label,
      date: stateDate(report),
      reportDate: report.reportDate,
      kind: report.kind,
      stocks,
      ...(unknown.length > 0 ? { unknownStocks: unknown } : {}),
      fleet: fleet.fleet,
      ...(fleet.unknown ? { fleetUnknown: fleet.unknown } : {}),
      ...(adjustments.length > 0 ? { capacityAdjustments: adjustments } : {}),
      ...(report.productionRates?.length ? { productionRates: report.productionRates } : {}),
      warnings,
    },
  };
}
