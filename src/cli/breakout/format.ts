import type { BreakoutEstimate, ProjectedPoint, StockBand, Trend } from "../../core/index.js";
import { fmt, formatTable } from "../output.js";

const pct = (x: number) => `${+(x * 100).toPrecision(3)} %`;
const days = (b: { p5: number; p50: number; p95: number } | null) =>
  b ? `${fmt(b.p50, 0)} days (90 % band ${fmt(b.p5, 0)}–${fmt(b.p95, 0)})` : "–";

/** The human-readable report of one estimate: the answer first, then the plan, then the basis. */
export function formatEstimate(e: BreakoutEstimate, dataVersion: string): string {
  const out: string[] = [];
  out.push(
    `Breakout estimate for IAEA report ${e.reportLabel} (issued ${e.reportDate}, figures as of ${e.asOfDate})`,
  );
  if (e.infeasible) {
    out.push(`\nNo estimate: ${e.infeasible}.`);
  } else {
    out.push(
      `\nTime to the first ${e.targetKg.toFixed(1)} kg of 90 % uranium: ${days(e.firstQuantityDays)}`,
    );
    out.push(
      `Time to ${e.nthQuantity.n} quantities: ${e.nthQuantity.shortOfMaterial ? "not enough material" : days(e.nthQuantity.days)}`,
    );
    out.push(`Lower bound (ideal separative work, no set-up): ${fmt(e.lowerBoundDays, 1)} days`);
    out.push(
      "\nWeapons' worth (complete 25 kg quantities) by the end of each month, p50 (p5–p95):",
    );
    out.push(e.quantitiesByMonth.map((m) => `m${m.month}: ${m.p50} (${m.p5}–${m.p95})`).join("  "));
  }
  if (e.plan) {
    const p = e.plan;
    out.push(
      `\nCentral plan (every uncertain input at its median): ${fmt(p.days, 1)} days, ${fmt(p.totalSwu, 0)} SWU, bottleneck: ${p.bottleneck}`,
    );
    out.push(
      formatTable(
        ["feed", "assay", "kg available", "kg used", "tails", "kg of 90 %", "SWU"],
        p.feeds.map((f) => [
          f.band,
          pct(f.assay),
          f.kgAvailable === null ? "unlimited" : fmt(f.kgAvailable, 1),
          fmt(f.kgFeedUsed, 1),
          f.tailsAssay.low === f.tailsAssay.high
            ? pct(f.tailsAssay.low)
            : `${pct(f.tailsAssay.low)}–${pct(f.tailsAssay.high)}`,
          fmt(f.kgProduct, 1),
          fmt(f.swu, 1),
        ]),
      ),
    );
    out.push(
      `Capacity: ${fmt(p.capacity.swuPerYear, 0)} SWU/yr rated, ${fmt(p.capacity.machines, 0)} machines in ${fmt(p.capacity.cascades, 1)} cascades; efficiency LEU ${fmt(p.capacity.efficiency.leu, 2)}, HEU ${fmt(p.capacity.efficiency.heu, 2)}; set-up ${fmt(p.setupDays, 1)} days; HEU steps on ${p.heuCascades ?? "all"} cascades first, the rest after ${fmt(p.reconfigurationDays, 0)} days`,
    );
    out.push(
      formatTable(
        ["site", "type", "machines", "cascades", "SWU/yr", "HEU steps"],
        p.capacity.groups.map((g) => [
          g.site,
          g.machineType,
          g.machineType === "inferred" ? "–" : fmt(g.machines, 0),
          g.machineType === "inferred" ? "–" : fmt(g.cascades, 1),
          fmt(g.swuPerYear, 0),
          g.runningHeu ? "running (60 % production)" : "",
        ]),
      ),
    );
  }
  if (e.unknownStocks.length > 0) {
    out.push(
      "Stocks unknown on this date (not used as feed; the last known figure is shown only):",
    );
    out.push(
      formatTable(
        ["band", "last known", "as of", "report", "why unknown"],
        e.unknownStocks.map((u) => [
          u.band,
          u.lastKnown ? `${fmt(u.lastKnown.kgU, 1)} kgU` : "–",
          u.lastKnown?.asOfDate ?? "–",
          u.lastKnown?.fromReport ?? "–",
          u.reason,
        ]),
      ),
    );
  }
  if (e.inferredCapacity.length > 0) {
    out.push(
      "Capacity inferred from reported production (the larger of it and the counts is used):",
    );
    out.push(
      formatTable(
        ["reported rate", "implies SWU/yr", "counted SWU/yr"],
        e.inferredCapacity.map((c) => [
          c.rate,
          `${fmt(c.swuPerYear.low, 0)}–${fmt(c.swuPerYear.high, 0)}`,
          fmt(c.countedSwuPerYear, 0),
        ]),
      ),
    );
  }
  out.push("Alternative paths (central value; p5–p95 over 500 draws):");
  out.push(
    formatTable(
      ["path", "days", "band", "what changes"],
      e.alternatives.map((alt) => [
        alt.name,
        alt.infeasible ? "–" : fmt(alt.centralDays, 1),
        alt.days ? `${fmt(alt.days.p5, 0)}–${fmt(alt.days.p95, 0)}` : (alt.infeasible ?? "–"),
        alt.description,
      ]),
    ),
  );
  out.push("Assumptions:");
  out.push(
    formatTable(
      ["assumption", "value", "basis"],
      e.assumptions.map((r) => [r.name, r.value, r.basis]),
    ),
  );
  if (e.warnings.length > 0) out.push(`Warnings:\n${e.warnings.map((w) => `  - ${w}`).join("\n")}`);
  out.push(`\nSeed ${e.seed}, ${e.samples} draws, data version ${dataVersion}.`);
  return `${out.join("\n")}\n`;
}

/** The projection as a table: month, date, stocks and breakout time on the trend. */
export function formatProjection(projection: { trend: Trend; points: ProjectedPoint[] }): string {
  const rate = (band: StockBand) => fmt((projection.trend.kgPerDay[band] ?? 0) * 30.4375, 1);
  return [
    `\nProjection on the trend of reports ${projection.trend.basis.join(", ")} (60 %: ${rate("upTo60")} kgU/month, 20 %: ${rate("upTo20")} kgU/month):`,
    formatTable(
      ["month", "date", "60 % kgU", "20 % kgU", "machines", "p50 days", "p5–p95"],
      projection.points.map((p) => [
        p.month,
        p.date,
        fmt(p.stocksKgU.upTo60 ?? 0, 1),
        fmt(p.stocksKgU.upTo20 ?? 0, 1),
        fmt(p.installedMachines, 0),
        fmt(p.firstQuantityDays?.p50, 1),
        p.firstQuantityDays
          ? `${fmt(p.firstQuantityDays.p5, 0)}–${fmt(p.firstQuantityDays.p95, 0)}`
          : "–",
      ]),
    ),
  ].join("\n");
}
