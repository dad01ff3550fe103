import { defaultBandAssay, type ProgramState, type StockBand } from "../program/index.js";
import type { BreakoutAssumptions } from "./assumptions.js";
import { targetKg } from "./assumptions.js";
import { type FeedRoutes, feedRoutes } from "./routes.js";

/** A fleet group as the plan sees it: machines of one type at one site. */
export interface PlanGroup {
  site: string;
  machineType: string;
  machines: number;
  machinesPerCascade: number;
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

function planGroups(state: ProgramState, a: BreakoutAssumptions): PlanGroup[] {
  const wanted = a.sites?.map((s) => s.toLowerCase()) ?? null;
  const declared = a.replaceFleet
    ? []
    : state.fleet.map((g) => ({
        site: g.site,
        machineType: g.machineType,
        machines: a.useInstalled ? g.installedMachines : g.enrichingMachines,
        machinesPerCascade: g.machinesPerCascade,
      }));
  return [...declared, ...a.extraMachines].filter(
    (g) => g.machines > 0 && (!wanted || wanted.some((w) => g.site.toLowerCase().includes(w))),
  );
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
  let infeasible: string | null = null;
  if (groups.length === 0) {
    infeasible =
      all.length === 0
        ? `no enrichment capacity known${assumptions.sites ? ` at ${assumptions.sites.join(", ")}` : ""} for report ${state.label}: supply a fleet`
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
    unrated,
    infeasible,
    warnings,
  };
}
