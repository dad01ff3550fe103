// What the Clock page loads once from the API, and the series it derives without the model.

import type { PublishedPoint } from "../../charts/breakout-history.js";
import type { LevelPoint } from "../../charts/web-enrichment-level.js";
import type { EventPoint } from "../../charts/web-events.js";
import type { StockPoint } from "../../charts/web-stocks.js";
import {
  type IaeaReportRecord,
  type MachineTypeRecord,
  type ProgramState,
  resolveProgramState,
} from "../../core/index.js";
import { apiJson } from "../shared/api.js";

/** An event of data/timeline.json (GET /api/data/timeline). */
export interface TimelineEventRecord extends EventPoint {
  id: string;
  datePrecision: "day" | "month" | "approx";
  actors: string[];
  source: string;
  note?: string;
}

export interface ClockData {
  dataVersion: string;
  reports: IaeaReportRecord[];
  machineTypes: MachineTypeRecord[];
  events: TimelineEventRecord[];
}

/** Loads the bundled records the worker resolves states from. */
export async function loadClockData(): Promise<ClockData> {
  const [r, m, t] = await Promise.all([
    apiJson<{ dataVersion: string; reports: IaeaReportRecord[] }>("/api/data/reports"),
    apiJson<{ dataVersion: string; machineTypes: MachineTypeRecord[] }>("/api/data/machine-types"),
    apiJson<{ dataVersion: string; events: TimelineEventRecord[] }>("/api/data/timeline"),
  ]);
  return {
    dataVersion: r.dataVersion,
    reports: r.reports,
    machineTypes: m.machineTypes,
    events: t.events,
  };
}

/** Every report's resolved state (the same resolution the worker does). */
export function resolveAll(data: ClockData): ProgramState[] {
  return data.reports.flatMap((r) => {
    const resolved = resolveProgramState(data.reports, r.label, data.machineTypes);
    return resolved.ok ? [resolved.state] : [];
  });
}

const ENRICHED = ["upTo2", "upTo5", "upTo20", "upTo60"] as const;

/**
 * Stocks by band for each state: zero for a band never reported (so the areas stack), null for a
 * band that is unknown on that date (the chart draws a gap, not a fall).
 */
export function stockPoints(states: ProgramState[]): StockPoint[] {
  return states.flatMap((s) =>
    ENRICHED.map((band) => ({
      date: s.date,
      label: s.label,
      band,
      kgU: s.unknownStocks?.some((u) => u.band === band)
        ? null
        : (s.stocks.find((x) => x.band === band)?.kgU ?? 0),
    })),
  );
}

/** The highest assay held in stock on each state's date; none where every stock is unknown. */
export function levelPoints(states: ProgramState[]): LevelPoint[] {
  const known = states.filter((s) => s.stocks.length > 0 || !s.unknownStocks?.length);
  return known.map((s) => ({
    date: s.date,
    label: s.label,
    maxAssay: s.stocks
      .filter((x) => x.band !== "natural" && x.kgU > 0)
      .reduce((m, x) => Math.max(m, x.assay), 0),
  }));
}

/** Published breakout estimates, each placed on its report's date. */
export function publishedPoints(
  reports: IaeaReportRecord[],
): (PublishedPoint & { report: string; text: string; url: string })[] {
  return reports.flatMap((r) =>
    r.publishedEstimates.map((p) => ({
      date: r.asOfDate ?? r.reportDate,
      days: p.days,
      lowDays: p.lowDays,
      highDays: p.highDays,
      by: p.by,
      scenario: p.scenario,
      report: r.label,
      text: p.text,
      url: p.url,
    })),
  );
}
