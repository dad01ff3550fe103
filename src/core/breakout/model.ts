import { defaultBandAssay, type ProgramState, type StockBand } from "../program/index.js";
import type { BreakoutAssumptions } from "./assumptions.js";
import { targetKg } from "./assumptions.js";
import { productionTailsRange } from "./inferred-capacity.js";
import { type FeedRoutes, feedRoutes } from "./routes.js";

/** A fleet group as the plan sees it: machines of one type at one site. */
export interface PlanGroup {
  site: string;
  machineType: string;
  machines: number;
  machinesPerCascade: number;
  /** Capacity events that scale this group (ids into `BreakoutModel.scales`). */
  scaleIds: string[];
}

/** A reported production rate, ready to infer capacity from in each draw. */
export interface CompiledRate {
  sites: string[];
  kgUPerMonth: number;
  productAssay: number;
  feedAssay: number;
  /** The tails range of the producing cascades (a draw picks one, uniform). */
  tails: [number, number];
  /** The rate in words, for the warnings and the plan. */
  text: string;
}

/**
 * A program state and its assumptions compiled once into what every draw reuses: the feed routes
 * (their mass balances and separative work do not depend on the uncertain inputs) and the fleet.
 */
export interface BreakoutModel {
  state: ProgramState;
  assumptions: BreakoutAssumptions;
  targetKg: number;
  feeds: FeedRoutes[];
  groups: PlanGroup[];
  /** Capacity events in force: each draw scales its groups by a factor from [low, high]. */
  scales: { id: string; low: number; high: number }[];
  /** Reported production rates the capacity is inferred from (none with capacityBasis "counts"). */
  rates: CompiledRate[];
  /** Machine types in the fleet with no output figure: left out, and said so. */
  unrated: PlanGroup[];
  /** Why no estimate can be given, if so (no capacity, no feed). */
  infeasible: string | null;
  warnings: string[];
}

function usableStocks(state: ProgramState, a: BreakoutAssumptions): FeedRoutes[] {
  const feeds: FeedRoutes[] = [];
  for (const band of a.stocksUsed) {
    const assay = a.bandAssays[band] ?? defaultBandAssay(band, state.date).assay;
    const kg =
      band === "natural"
        ? (a.naturalUraniumKgU ?? Number.POSITIVE_INFINITY)
        : Math.min(
            state.stocks.find((s) => s.band === band)?.kgU ?? 0,
            a.stockCapsKgU[band] ?? Number.POSITIVE_INFINITY,
          );
    if (kg > 0) feeds.push(feedRoutes(band as StockBand, assay, kg, a.tailsRange[band]));
  }
  return feeds;
}

const allowedSite = (a: BreakoutAssumptions, site: string) =>
  !a.sites || a.sites.some((w) => site.toLowerCase().includes(w.toLowerCase()));

function planGroups(state: ProgramState, a: BreakoutAssumptions): PlanGroup[] {
  const declared = a.replaceFleet
    ? []
    : state.fleet.map((g) => ({
        site: g.site,
        machineType: g.machineType,
        machines: a.useInstalled ? g.installedMachines : g.enrichingMachines,
        machinesPerCascade: g.machinesPerCascade,
        scaleIds: (state.capacityAdjustments ?? [])
          .filter((e) => e.sites.includes(g.site) && e.machineTypes.includes(g.machineType))
          .map((e) => e.id),
      }));
  const extra = a.extraMachines.map((m) => ({ ...m, scaleIds: [] }));
  return [...declared, ...extra].filter((g) => g.machines > 0 && allowedSite(a, g.site));
}

/**
 * The reported rates the plan may infer capacity from: not with capacityBasis "counts", not when the
 * declared fleet is replaced, and only when every site of the rate may be used (a rate for two
 * sites cannot be split between them).
 */
function compileRates(state: ProgramState, a: BreakoutAssumptions, warnings: string[]) {
  if (a.capacityBasis === "counts" || a.replaceFleet) return [];
  return (state.productionRates ?? []).flatMap((r): CompiledRate[] => {
    const text = `${r.atLeast ? "more than " : ""}${r.kgUPerMonth.value} kgU/month of ${r.product} from ${r.feed} at ${r.sites.join(" + ")} (${r.period})`;
    if (!r.sites.every((s) => allowedSite(a, s))) {
      warnings.push(
        `reported rate ${text} not used: it covers sites outside ${a.sites?.join(", ")}`,
      );
      return [];
    }
    const feedAssay = a.bandAssays[r.feed] ?? defaultBandAssay(r.feed, state.date).assay;
    const range = a.productionTails[r.feed];
    if (!range) {
      warnings.push(`reported rate ${text} not used: no production tails range for ${r.feed} feed`);
      return [];
    }
    return [
      {
        sites: r.sites,
        kgUPerMonth: r.kgUPerMonth.value,
        productAssay: a.bandAssays[r.product] ?? defaultBandAssay(r.product, state.date).assay,
        feedAssay,
        tails: productionTailsRange(range, feedAssay),
        text,
      },
    ];
  });
}

/** Why there is no capacity, in words: an unknown fleet says what is unknown and what is not. */
function noCapacity(state: ProgramState, a: BreakoutAssumptions): string {
  if (state.fleetUnknown) {
    const last = state.unknownStocks?.find((u) => u.band === "upTo60")?.lastKnown;
    const stock60 = state.stocks.find((s) => s.band === "upTo60");
    const sixty = last
      ? `; the last verified 60 % stock was ${last.kgU} kgU (as of ${last.asOfDate}, report ${last.fromReport})`
      : stock60
        ? `; the 60 % stock was ${stock60.kgU} kgU (as of ${state.date})`
        : "";
    return `no verified capacity for report ${state.label}: the IAEA has had no access since ${state.fleetUnknown.since}, so the fleet is unknown${sixty}. Supply a fleet (--fleet SITE:TYPE:N) and stocks (--stock BAND=KGU) to run the clock`;
  }
  return `no enrichment capacity known${a.sites ? ` at ${a.sites.join(", ")}` : ""} for report ${state.label}: supply a fleet`;
}

/** Compiles a state and assumptions into a model; infeasibility is a returned reason, not a throw. */
export function compileBreakout(
  state: ProgramState,
  assumptions: BreakoutAssumptions,
): BreakoutModel {
  const warnings = [...state.warnings];
  const feeds = usableStocks(state, assumptions);
  const all = planGroups(state, assumptions);
  const groups = all.filter((g) => assumptions.machineSwuPerYear[g.machineType]);
  const unrated = all.filter((g) => !assumptions.machineSwuPerYear[g.machineType]);
  for (const g of unrated) {
    warnings.push(
      `${g.machines} ${g.machineType} machines at ${g.site} left out: no public output figure; give a range (e.g. --machine ${g.machineType}=3-6)`,
    );
  }
  for (const u of state.unknownStocks ?? []) {
    if (assumptions.stocksUsed.includes(u.band)) {
      warnings.push(
        `${u.band} is unknown and not used as feed${u.lastKnown ? ` (last known ${u.lastKnown.kgU} kgU as of ${u.lastKnown.asOfDate})` : ""}: give --stock ${u.band}=KGU to use a figure of your own`,
      );
    }
  }
  const used = new Set(groups.flatMap((g) => g.scaleIds));
  const scales = (state.capacityAdjustments ?? [])
    .filter((e) => used.has(e.id))
    .map((e) => ({ id: e.id, low: e.scaleLow, high: e.scaleHigh }));
  const rates = compileRates(state, assumptions, warnings);
  for (const r of rates) {
    warnings.push(
      `capacity inferred from production: ${r.text} needs ${r.tails.map((t) => `${+(t * 100).toPrecision(3)} %`).join("–")} tails; the clock uses the ${assumptions.capacityBasis === "production" ? "inferred capacity" : "larger of the inferred and the counted capacity"} at those sites, and that capacity takes HEU steps at once (it is running them)`,
    );
  }
  let infeasible: string | null = null;
  if (groups.length === 0 && rates.length === 0) {
    infeasible =
      all.length === 0
        ? noCapacity(state, assumptions)
        : "no machine in the fleet has an output figure: give a range per type";
  } else if (feeds.length === 0) {
    infeasible = "no usable feed: every allowed stock is empty";
  }
  return {
    state,
    assumptions,
    targetKg: targetKg(assumptions.target),
    feeds,
    groups,
    scales,
    rates,
    unrated,
    infeasible,
    warnings,
  };
}
