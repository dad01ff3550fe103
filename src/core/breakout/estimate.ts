import type { CapacityAdjustment, ProgramState, UnknownStock } from "../program/index.js";
import { ALTERNATIVE_PATHS } from "./alternatives.js";
import { type AssumptionRow, assumptionTable } from "./assumption-table.js";
import type { BreakoutAssumptions } from "./assumptions.js";
import { drawCascades, medianParameters, runDraw } from "./draw.js";
import { inferCapacitySwuPerYear } from "./inferred-capacity.js";
import { lowerBound } from "./lower-bound.js";
import { type BreakoutModel, compileBreakout } from "./model.js";
import { type Band, band, breakoutMonteCarlo } from "./monte-carlo.js";
import { type BreakoutPlan, describePlan } from "./plan.js";

export interface EstimateOptions {
  samples: number;
  seed: number;
  /** N for "time to the N-th quantity". */
  quantities: number;
  /** Names of assumptions the user changed (shown as "set by the user"). */
  userSet?: ReadonlySet<string>;
  /** Draws per alternative path (a smaller band; 0 for the central value only). */
  alternativeSamples?: number;
  /** Called with the number of draws finished, for progress bars. */
  onProgress?: (draws: number) => void;
}

export interface AlternativeEstimate {
  name: string;
  description: string;
  days: Band | null;
  centralDays: number | null;
  infeasible: string | null;
}

/** Capacity a reported production rate implies, beside what the counts at its sites imply. */
export interface InferredCapacity {
  /** The rate in words: "9 kgU/month of upTo60 from upTo5 at Fordow FFEP + Natanz PFEP (…)". */
  rate: string;
  sites: string[];
  /** SWU per year the rate implies at the low and high end of the production tails. */
  swuPerYear: { low: number; high: number };
  /** SWU per year the machine counts at those sites imply (median output, events applied). */
  countedSwuPerYear: number;
}

/** Everything the clock says about one program state. JSON in, JSON out. */
export interface BreakoutEstimate {
  reportLabel: string;
  /** Quarterly or interim, when the state is a report's. */
  reportKind?: "quarterly" | "interim";
  /** ISO date the report was issued. */
  reportDate: string;
  /** ISO date its figures refer to (the IAEA's "as of"); projections and charts use this one. */
  asOfDate: string;
  target: BreakoutAssumptions["target"];
  targetKg: number;
  /** Why there is no estimate, if there is none (then the figures below are null). */
  infeasible: string | null;
  firstQuantityDays: Band | null;
  nthQuantity: { n: number; days: Band | null; shortOfMaterial: boolean };
  /** Complete quantities (25 kg each) by the end of month 1 … 12. */
  quantitiesByMonth: { month: number; p5: number; p50: number; p95: number }[];
  lowerBoundDays: number | null;
  lowerBoundSwu: number | null;
  /** Stocks unknown on this date (never used as feed), with the last known figure. */
  unknownStocks: UnknownStock[];
  /** Set when the fleet is unknown (no verified capacity). */
  fleetUnknown: ProgramState["fleetUnknown"] | null;
  /** Capacity events applied (damage, machines idle), with their ranges and sources. */
  capacityAdjustments: CapacityAdjustment[];
  /** Capacity inferred from reported production rates (empty with capacityBasis "counts"). */
  inferredCapacity: InferredCapacity[];
  plan: BreakoutPlan | null;
  alternatives: AlternativeEstimate[];
  assumptions: AssumptionRow[];
  warnings: string[];
  samples: number;
  seed: number;
}

/** Runs the central plan, the Monte Carlo band, the lower bound and the alternative paths. */
export function estimateBreakout(
  state: ProgramState,
  assumptions: BreakoutAssumptions,
  options: EstimateOptions,
): BreakoutEstimate {
  const model = compileBreakout(state, assumptions);
  const base = {
    reportLabel: state.label,
    ...(state.kind ? { reportKind: state.kind } : {}),
    reportDate: state.reportDate ?? state.date,
    asOfDate: state.date,
    target: assumptions.target,
    targetKg: model.targetKg,
    assumptions: assumptionTable(assumptions, options.userSet ?? new Set()),
    samples: options.samples,
    seed: options.seed,
    unknownStocks: state.unknownStocks ?? [],
    fleetUnknown: state.fleetUnknown ?? null,
    capacityAdjustments: (state.capacityAdjustments ?? []).filter((e) =>
      model.scales.some((s) => s.id === e.id),
    ),
    inferredCapacity: inferredCapacity(model),
    alternatives: alternativeEstimates(state, assumptions, options),
  };
  if (model.infeasible) {
    return {
      ...base,
      infeasible: model.infeasible,
      firstQuantityDays: null,
      nthQuantity: { n: options.quantities, days: null, shortOfMaterial: false },
      quantitiesByMonth: [],
      lowerBoundDays: null,
      lowerBoundSwu: null,
      plan: null,
      warnings: model.warnings,
    };
  }
  const central = medianParameters(assumptions);
  const draws = breakoutMonteCarlo(
    model,
    options.samples,
    options.seed,
    options.quantities,
    options.onProgress,
  );
  const bound = lowerBound(model, central);
  const shortFirst = draws.shortFirst > 0;
  const warnings = [...model.warnings];
  if (draws.shortNth > 0) {
    warnings.push(
      `the usable stocks cannot give ${options.quantities} quantities in ${draws.shortNth} of ${options.samples} draws`,
    );
  }
  const perQuantity = (kg: number) => Math.floor(kg / model.targetKg + 1e-9);
  return {
    ...base,
    infeasible: shortFirst
      ? `not enough material: the usable stocks cannot give ${model.targetKg.toFixed(1)} kg of 90 % uranium`
      : null,
    firstQuantityDays: shortFirst ? null : band(draws.firstDays),
    nthQuantity: {
      n: options.quantities,
      days: draws.shortNth > 0 ? null : band(draws.nthDays),
      shortOfMaterial: draws.shortNth > 0,
    },
    quantitiesByMonth: draws.kgByMonth.map((kgs, m) => {
      const b = countBand(kgs.map(perQuantity)) as Band;
      return { month: m + 1, ...b };
    }),
    lowerBoundDays: bound.days,
    lowerBoundSwu: bound.days === null ? null : bound.swu,
    plan: describePlan(model, central),
    warnings,
  };
}

/**
 * p5, p50 and p95 of whole counts, as counts: the smallest count whose share of draws at or below
 * it reaches p (no interpolation between two counts, which would give "6.95 weapons").
 */
function countBand(values: number[]): Band | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  return { p5: at(0.05), p50: at(0.5), p95: at(0.95) };
}

/** Each reported rate's implied capacity at both ends of its tails, beside the counted capacity. */
function inferredCapacity(model: BreakoutModel): InferredCapacity[] {
  const central = medianParameters(model.assumptions);
  const counted = drawCascades({ ...model, rates: [] }, central);
  return model.rates.map((r) => {
    const at = (tails: number) =>
      inferCapacitySwuPerYear(r.kgUPerMonth, r.productAssay, r.feedAssay, tails);
    return {
      rate: r.text,
      sites: r.sites,
      // Higher tails need less work per kg: the high end of the tails is the low end of capacity.
      swuPerYear: { low: at(r.tails[1]), high: at(r.tails[0]) },
      countedSwuPerYear: counted
        .filter((c) => r.sites.includes(c.site))
        .reduce((sum, c) => sum + (c.count * c.perDay * 365.25) / central.uptime, 0),
    };
  });
}

function alternativeEstimates(
  state: ProgramState,
  assumptions: BreakoutAssumptions,
  options: EstimateOptions,
): AlternativeEstimate[] {
  return ALTERNATIVE_PATHS.map((path) => {
    const model = compileBreakout(path.patchState?.(state) ?? state, path.patch(assumptions));
    if (model.infeasible) {
      return {
        name: path.name,
        description: path.description,
        days: null,
        centralDays: null,
        infeasible: model.infeasible,
      };
    }
    const centralDays = runDraw(model, medianParameters(model.assumptions), 1).firstDays;
    const n = options.alternativeSamples ?? 500;
    const draws = n > 0 ? breakoutMonteCarlo(model, n, options.seed, 1) : null;
    const short = centralDays === null || (draws?.shortFirst ?? 0) > 0;
    return {
      name: path.name,
      description: path.description,
      days: short || !draws ? null : band(draws.firstDays),
      centralDays,
      infeasible: short ? "not enough material on this path" : null,
    };
  });
}
