import {
  type BreakoutAssumptions,
  defaultAssumptions,
  defaultBandAssay,
  type FleetGroup,
  type MachineTypeRecord,
  type ProgramState,
  type StockBand,
  withUserFigures,
} from "../../core/index.js";
import { UserError } from "../user-error.js";
import { BAND_NAMES, parseBand, parseNumber, parseUncertain, splitPair } from "./parse-values.js";

/** The clock's command-line options, as commander hands them over (strings, lists). */
export interface BreakoutOptions {
  stocks?: string;
  stock?: string[];
  fleet?: string[];
  addMachines?: string[];
  sites?: string;
  enrichingOnly?: boolean;
  machine?: string[];
  tails?: string[];
  assay?: string[];
  heuCascades?: string;
  efficiency?: string[];
  setupDays?: string;
  reconfigurationDays?: string;
  uptime?: string;
  target?: "wgu25" | "sq";
  naturalKg?: string;
  /** How reported production rates count against the machine counts (methodology §2.3). */
  capacityBasis?: "larger" | "counts" | "production";
}

export interface BreakoutInputs {
  assumptions: BreakoutAssumptions;
  /** Names of the assumptions the user changed. */
  userSet: Set<string>;
  /** Applies --stock and --fleet to a state (or builds one when there is no report). */
  applyToState: (state: ProgramState) => ProgramState;
  /** True when the user gave stocks and a fleet of their own. */
  userState: boolean;
}

const USER = { origin: "user" as const, source: "given on the command line" };

/** "Site:TYPE:machines", e.g. "Fordow FFEP:IR-6:166". */
function parseGroup(text: string, option: string, machineTypes: MachineTypeRecord[]): FleetGroup {
  const parts = text.split(":").map((p) => p.trim());
  if (parts.length !== 3 || !parts[0]) {
    throw new UserError(
      `${option}: expected SITE:TYPE:MACHINES, e.g. "Fordow FFEP:IR-6:166"; got '${text}'.`,
    );
  }
  const [site, machineType, count] = parts;
  const type = machineTypes.find((m) => m.machineType.toLowerCase() === machineType.toLowerCase());
  if (!type) {
    throw new UserError(
      `${option}: unknown machine type '${machineType}'. Known: ${machineTypes.map((m) => m.machineType).join(", ")}.`,
    );
  }
  const machines = parseNumber(count, `${option} (machines)`, 0, 1_000_000);
  return {
    site,
    machineType: type.machineType,
    enrichingMachines: machines,
    installedMachines: machines,
    machinesPerCascade: type.machinesPerCascade ?? 170,
    provenance: USER,
  };
}

/** Turns the options into assumptions and state overrides, checking every value at the boundary. */
export function breakoutInputs(
  opts: BreakoutOptions,
  machineTypes: MachineTypeRecord[],
): BreakoutInputs {
  const a = defaultAssumptions(machineTypes);
  const userSet = new Set<string>();
  const set = <K extends keyof BreakoutAssumptions>(
    key: K,
    value: BreakoutAssumptions[K],
    name: string = key,
  ) => {
    a[key] = value;
    userSet.add(name);
  };
  if (opts.target) set("target", opts.target === "sq" ? "iaeaSq" : "wgu25");
  if (opts.stocks !== undefined) {
    const bands = opts.stocks
      .split(",")
      .filter((b) => b.trim() !== "")
      .map((b) => parseBand(b, "--stocks"));
    if (bands.length === 0) throw new UserError(`--stocks: give at least one of ${BAND_NAMES}.`);
    set("stocksUsed", [...new Set(bands)]);
  }
  if (opts.sites !== undefined) {
    const sites = opts.sites
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (sites.length === 0) throw new UserError("--sites: give at least one site, e.g. Fordow");
    set("sites", sites);
  }
  if (opts.enrichingOnly) set("useInstalled", false);
  if (opts.capacityBasis) set("capacityBasis", opts.capacityBasis);
  if (opts.naturalKg !== undefined)
    set("naturalUraniumKgU", parseNumber(opts.naturalKg, "--natural-kg", 0, 1e7, " kgU"));
  for (const text of opts.machine ?? []) {
    const [type, value] = splitPair(text, "--machine", "IR-6=4-7");
    const known = machineTypes.find((m) => m.machineType.toLowerCase() === type.toLowerCase());
    if (!known)
      throw new UserError(
        `--machine: unknown machine type '${type}'. Known: ${machineTypes.map((m) => m.machineType).join(", ")}.`,
      );
    a.machineSwuPerYear = {
      ...a.machineSwuPerYear,
      [known.machineType]: parseUncertain(value, `--machine ${known.machineType}`, {
        min: 0.01,
        max: 100,
      }),
    };
    userSet.add(`machineSwuPerYear.${known.machineType}`);
  }
  for (const text of opts.tails ?? []) applyTails(a, userSet, text);
  for (const text of opts.assay ?? []) {
    const [bandText, value] = splitPair(text, "--assay", "upTo5=3.67");
    const band = parseBand(bandText, "--assay");
    a.bandAssays = {
      ...a.bandAssays,
      [band]: parseNumber(value, `--assay ${band}`, 0.1, 99, " %") / 100,
    };
    userSet.add(`bandAssays.${band}`);
  }
  if (opts.heuCascades !== undefined) {
    set(
      "heuCascades",
      opts.heuCascades === "all" ? null : parseNumber(opts.heuCascades, "--heu-cascades", 1, 1000),
    );
  }
  for (const text of opts.efficiency ?? []) applyEfficiency(a, userSet, text);
  if (opts.setupDays)
    set("setupDays", parseUncertain(opts.setupDays, "--setup-days", { min: 0, max: 365 }));
  if (opts.reconfigurationDays) {
    set(
      "reconfigurationDays",
      parseUncertain(opts.reconfigurationDays, "--reconfiguration-days", { min: 0, max: 365 }),
    );
  }
  if (opts.uptime)
    set("uptime", parseUncertain(opts.uptime, "--uptime", { min: 0.01, max: 1, bounded: true }));
  const added = (opts.addMachines ?? []).map((t) => parseGroup(t, "--add-machines", machineTypes));
  if (added.length > 0) {
    set(
      "extraMachines",
      added.map((g) => ({
        site: g.site,
        machineType: g.machineType,
        machines: g.installedMachines,
        machinesPerCascade: g.machinesPerCascade,
      })),
    );
  }
  const stockOverrides = (opts.stock ?? []).map((text) => {
    const [bandText, value] = splitPair(text, "--stock", "upTo60=17.7");
    const band = parseBand(bandText, "--stock");
    if (band === "natural")
      throw new UserError("--stock: natural uranium is set with --natural-kg.");
    return { band, kgU: parseNumber(value, `--stock ${band}`, 0, 1e7, " kgU") };
  });
  const fleet = (opts.fleet ?? []).map((t) => parseGroup(t, "--fleet", machineTypes));
  // Bands and a fleet the user gives are known again, even after a loss of access.
  const applyToState = (state: ProgramState): ProgramState => ({
    ...withUserFigures(
      state,
      stockOverrides.map((s) => s.band),
      fleet.length > 0,
    ),
    stocks: mergeStocks(state, stockOverrides, a),
    fleet: fleet.length > 0 ? fleet : state.fleet,
    warnings: [
      ...state.warnings,
      ...stockOverrides.map((s) => `${s.band} set by the user to ${s.kgU} kgU`),
      ...(fleet.length > 0 ? ["fleet given by the user"] : []),
    ],
  });
  return {
    assumptions: a,
    userSet,
    applyToState,
    userState: stockOverrides.length > 0 && fleet.length > 0,
  };
}

function mergeStocks(
  state: ProgramState,
  overrides: { band: StockBand; kgU: number }[],
  a: BreakoutAssumptions,
) {
  const stocks = state.stocks.filter((s) => !overrides.some((o) => o.band === s.band));
  for (const o of overrides) {
    const existing = state.stocks.find((s) => s.band === o.band);
    const assay =
      a.bandAssays[o.band] ?? existing?.assay ?? defaultBandAssay(o.band, state.date).assay;
    stocks.push({ band: o.band, kgU: o.kgU, assay, provenance: USER });
  }
  return stocks;
}

/**
 * Refuses a site that matches no machines (a plan would silently have no capacity): each of
 * `sites` must be part of a site name ("Fordow" matches "Fordow FFEP") in one of the states'
 * fleets or in the added machines. The message lists the sites there are.
 */
export function checkSites(assumptions: BreakoutAssumptions, states: ProgramState[]): void {
  const problem = unknownSite(assumptions, states);
  if (problem) throw new UserError(`--sites: ${problem}`);
}

/** The problem with the first site that matches no machines, or undefined (see checkSites). */
export function unknownSite(
  assumptions: BreakoutAssumptions,
  states: ProgramState[],
): string | undefined {
  if (!assumptions.sites) return undefined;
  const known = [
    ...new Set([
      ...states.flatMap((s) => s.fleet.map((g) => g.site)),
      ...assumptions.extraMachines.map((g) => g.site),
    ]),
  ];
  for (const site of assumptions.sites) {
    const wanted = site.toLowerCase();
    if (!known.some((k) => k.toLowerCase().includes(wanted)))
      return `no machines at a site matching '${site}'. Sites: ${known.join(", ") || "none"}.`;
  }
  return undefined;
}

// The latest default reading of a band, for checks that come before a report's date is known.
const defaultAssayFor = (band: StockBand) => defaultBandAssay(band, "9999-12-31").assay;

/** --tails upTo60=20-30 (percent): the tails a plan may choose for that feed. */
function applyTails(a: BreakoutAssumptions, userSet: Set<string>, text: string) {
  const [bandText, value] = splitPair(text, "--tails", "upTo60=20-30 (percent)");
  const band = parseBand(bandText, "--tails");
  const parts = value
    .replace(/%/g, "")
    .split("-")
    .map((p) => p.trim());
  if (parts.length > 2)
    throw new UserError(
      `--tails ${band}: expected LOW-HIGH in percent, e.g. 0.3-10; got '${value}'.`,
    );
  const low = parseNumber(parts[0], `--tails ${band}`, 0.01, 99, " %") / 100;
  const high = parseNumber(parts[1] ?? parts[0], `--tails ${band}`, 0.01, 99, " %") / 100;
  if (low > high)
    throw new UserError(
      `--tails ${band}: low (${low * 100} %) must not exceed high (${high * 100} %).`,
    );
  const feed = a.bandAssays[band] ?? defaultAssayFor(band);
  if (low >= feed) {
    throw new UserError(
      `--tails ${band}: tails (${low * 100} %) must be below the feed assay (${+(feed * 100).toFixed(3)} %).`,
    );
  }
  a.tailsRange = { ...a.tailsRange, [band]: [low, high] };
  userSet.add(`tailsRange.${band}`);
}

/** --efficiency ir1.heu=0.35-0.65: cascade efficiency by machine class and step. */
function applyEfficiency(a: BreakoutAssumptions, userSet: Set<string>, text: string) {
  const [key, value] = splitPair(text, "--efficiency", "advanced.heu=0.8-1");
  const [klass, step] = key.split(".");
  if ((klass !== "ir1" && klass !== "advanced") || (step !== "leu" && step !== "heu")) {
    throw new UserError(
      `--efficiency: unknown key '${key}'. Allowed: ir1.leu, ir1.heu, advanced.leu, advanced.heu.`,
    );
  }
  const dist = parseUncertain(value, `--efficiency ${key}`, { min: 0.01, max: 1, bounded: true });
  a.efficiency = { ...a.efficiency, [klass]: { ...a.efficiency[klass], [step]: dist } };
  userSet.add(`efficiency.${key}`);
}
