import { defaultBandAssay, ENRICHED_BANDS } from "./band-assays.js";
import type {
  FleetRecord,
  IaeaReportRecord,
  MachineTypeRecord,
  SourcedFigure,
  StockBand,
} from "./report-record.js";
import type { FleetGroup, ProgramState, Provenance, StockState } from "./state.js";

export type ResolveResult = { ok: true; state: ProgramState } | { ok: false; error: string };

const ADVANCED_TYPES = new Set(["IR-2m", "IR-4", "IR-5", "IR-6", "IR-s", "advanced"]);
const DEFAULT_MACHINES_PER_CASCADE = 170;

const fromFigure = (figure: SourcedFigure, label: string, current: string): Provenance => ({
  origin: label === current ? "report" : "carried",
  source: figure.source,
  ...(label === current ? {} : { fromReport: label }),
  ...(figure.derived ? { derived: true } : {}),
  ...(figure.note ? { note: figure.note } : {}),
});

/** The latest report at or before `index` that states `band`, or null. */
function lastStated(reports: IaeaReportRecord[], index: number, band: StockBand | "total") {
  for (let i = index; i >= 0; i--) {
    const figure = reports[i].stocksKgU[band];
    if (figure) return { figure, label: reports[i].label };
  }
  return null;
}

/**
 * The stocks on a report's date. A band the report lacks is derived from its total when it has
 * one, else carried forward from the last report that had it; a band never reported is zero.
 * Every such step is written into `warnings`.
 */
export function resolveStocks(
  reports: IaeaReportRecord[],
  index: number,
  warnings: string[],
): StockState[] {
  const report = reports[index];
  const date = report.asOfDate ?? report.reportDate;
  const stocks = new Map<StockBand, StockState>();
  const put = (band: StockBand, kgU: number, provenance: Provenance) =>
    stocks.set(band, { band, kgU, assay: defaultBandAssay(band, date).assay, provenance });

  for (const band of ENRICHED_BANDS) {
    const figure = report.stocksKgU[band];
    if (figure) put(band, figure.value, fromFigure(figure, report.label, report.label));
  }
  const missing = ENRICHED_BANDS.filter((band) => !stocks.has(band));
  const total = report.stocksKgU.total;
  const lowBandsMissing = missing.filter((b) => b === "upTo2" || b === "upTo5");
  for (const band of missing.filter((b) => b === "upTo20" || b === "upTo60")) {
    const earlier = lastStated(reports, index - 1, band);
    if (earlier) {
      put(band, earlier.figure.value, fromFigure(earlier.figure, earlier.label, report.label));
      warnings.push(
        `${band} not in report ${report.label}: carried forward ${earlier.figure.value} kgU from ${earlier.label}`,
      );
    }
  }
  if (total && lowBandsMissing.length > 0) {
    const known = [...stocks.values()].reduce((sum, s) => sum + s.kgU, 0);
    const residual = Math.max(0, total.value - known);
    const band: StockBand = lowBandsMissing.includes("upTo5") ? "upTo5" : "upTo2";
    put(band, residual, {
      origin: "report",
      source: total.source,
      derived: true,
      note: `total ${total.value} kgU minus the stated bands`,
    });
    warnings.push(
      `${lowBandsMissing.join(" and ")} not split in report ${report.label}: ${residual.toFixed(1)} kgU (total minus stated bands) counted as ${band}`,
    );
  } else {
    for (const band of lowBandsMissing) {
      const earlier = lastStated(reports, index - 1, band);
      if (!earlier) continue;
      put(band, earlier.figure.value, fromFigure(earlier.figure, earlier.label, report.label));
      warnings.push(
        `${band} not in report ${report.label}: carried forward ${earlier.figure.value} kgU from ${earlier.label}`,
      );
    }
  }
  return ENRICHED_BANDS.flatMap((band) => {
    const stock = stocks.get(band);
    return stock ? [stock] : [];
  });
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
 * `fleetReset` (e.g. after the June 2025 strikes) drops what came before.
 */
export function resolveFleet(
  reports: IaeaReportRecord[],
  index: number,
  machineTypes: MachineTypeRecord[],
  warnings: string[],
): FleetGroup[] {
  const perCascade = (type: string) =>
    machineTypes.find((m) => m.machineType === type)?.machinesPerCascade ??
    DEFAULT_MACHINES_PER_CASCADE;
  const groups = new Map<string, FleetGroup>();
  const current = reports[index].label;
  for (let i = 0; i <= index; i++) {
    if (reports[i].fleetReset) {
      groups.clear();
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
  if (fleet.length === 0) warnings.push(`fleet: no centrifuge counts known at report ${current}`);
  return fleet;
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
  const stocks = resolveStocks(reports, index, warnings);
  const fleet = resolveFleet(reports, index, machineTypes, warnings);
  return {
    ok: true,
    state: {
      label,
      date: report.asOfDate ?? report.reportDate,
      reportDate: report.reportDate,
      stocks,
      fleet,
      warnings,
    },
  };
}
