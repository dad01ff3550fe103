import type { StockBand } from "../program/index.js";
import type { DrawParameters } from "./assumptions.js";
import { drawCascades, fleetEfficiency, workProfile } from "./draw.js";
import { frontier } from "./frontier.js";
import type { BreakoutModel } from "./model.js";
import { chainSteps } from "./routes.js";
import { dayOfWork, daysForWork } from "./timeline.js";

const DAYS_PER_YEAR = 365.25;

/** How one stock is used: how much feed, at what tails, for how much product and work. */
export interface PlanFeed {
  band: StockBand;
  assay: number;
  /** kg available; null when not limiting (natural uranium). */
  kgAvailable: number | null;
  kgFeedUsed: number;
  kgProduct: number;
  /** The range of tails assays the plan uses for this feed. */
  tailsAssay: { low: number; high: number };
  swu: number;
  /** Separative work by step of the chain (at the plan's lowest tails for this feed). */
  steps: { fromAssay: number; toAssay: number; swu: number; heu: boolean }[];
}

/** The central plan: which stock feeds which step, the work, the capacity and the time. */
export interface BreakoutPlan {
  targetKg: number;
  productAssay: number;
  days: number | null;
  feeds: PlanFeed[];
  totalSwu: number;
  heuSwu: number;
  capacity: {
    swuPerYear: number;
    machines: number;
    cascades: number;
    /**
     * By site and type, after capacity events; "inferred" rows are capacity a reported production
     * rate implies beyond the counts. `runningHeu` marks capacity that takes HEU steps at once.
     */
    groups: {
      site: string;
      machineType: string;
      machines: number;
      cascades: number;
      swuPerYear: number;
      runningHeu: boolean;
    }[];
    efficiency: { leu: number; heu: number };
  };
  /** HEU steps run first on this many cascades; the rest join after `reconfigurationDays`. */
  heuCascades: number | null;
  setupDays: number;
  reconfigurationDays: number;
  /** What sets the time: the whole fleet's capacity, or the cascades allowed for HEU steps. */
  bottleneck: "all capacity" | "HEU cascades" | null;
}

/** The plan for `kg` of product at the given parameters (the central plan uses the medians). */
export function describePlan(
  model: BreakoutModel,
  p: DrawParameters,
  kg = model.targetKg,
): BreakoutPlan {
  const cascades = drawCascades(model, p);
  const eta = fleetEfficiency(cascades);
  const profile = workProfile(model, p, cascades);
  const byBand = new Map<StockBand, PlanFeed>();
  let made = 0;
  let leu = 0;
  let heu = 0;
  for (const s of frontier(model.feeds, eta.leu, eta.heu)) {
    if (made >= kg - 1e-9) break;
    const take = Math.min(s.kg, kg - made);
    made += take;
    leu += take * s.leuRate;
    heu += take * s.heuRate;
    const feed = model.feeds.find((f) => f.band === s.band);
    if (!feed) continue;
    const entry = byBand.get(s.band) ?? {
      band: s.band,
      assay: feed.assay,
      kgAvailable: Number.isFinite(feed.kgAvailable) ? feed.kgAvailable : null,
      kgFeedUsed: 0,
      kgProduct: 0,
      tailsAssay: { low: s.tails[1], high: s.tails[0] },
      swu: 0,
      steps: [],
    };
    entry.kgFeedUsed += take * s.feedRate;
    entry.kgProduct += take;
    entry.swu += take * s.swuRate;
    entry.tailsAssay = {
      low: Math.min(entry.tailsAssay.low, s.tails[1]),
      high: Math.max(entry.tailsAssay.high, s.tails[0]),
    };
    byBand.set(s.band, entry);
  }
  const feeds = [...byBand.values()].map((f) => {
    const chain = chainSteps(f.assay, f.tailsAssay.low);
    const chainTotal = chain.reduce((sum, step) => sum + step.swuPerKg, 0);
    return {
      ...f,
      steps: chain.map((step) => ({
        fromAssay: step.fromAssay,
        toAssay: step.toAssay,
        swu: (f.swu * step.swuPerKg) / chainTotal,
        heu: step.heu,
      })),
    };
  });
  const feasible = made >= kg - 1e-9;
  const days = feasible ? daysForWork(leu, heu, profile) : null;
  const groups = cascades.map((c) => ({
    site: c.site,
    machineType: c.machineType,
    machines: c.count * c.machinesPerCascade,
    cascades: c.machinesPerCascade > 0 ? c.count : 0,
    swuPerYear: (c.count * c.perDay * DAYS_PER_YEAR) / p.uptime,
    runningHeu: c.runningHeu,
  }));
  const heuDays = dayOfWork(profile.heu, heu);
  return {
    targetKg: kg,
    productAssay: 0.9,
    days,
    feeds,
    totalSwu: feeds.reduce((sum, f) => sum + f.swu, 0),
    heuSwu: heu * eta.heu,
    capacity: {
      swuPerYear: groups.reduce((sum, g) => sum + g.swuPerYear, 0),
      machines: groups.reduce((sum, g) => sum + g.machines, 0),
      cascades: groups.reduce((sum, g) => sum + g.cascades, 0),
      groups,
      efficiency: eta,
    },
    heuCascades: model.assumptions.heuCascades,
    setupDays: p.setupDays,
    reconfigurationDays: p.reconfigurationDays,
    bottleneck: days === null ? null : heuDays >= days - 1e-9 ? "HEU cascades" : "all capacity",
  };
}
