// The breakout series that drives the game, from the clock: the scenario state's band, then the
// projection month by month, as points in weeks from the game's start. The bargaining engine
// does not import breakout (architecture.md); this layer connects them.
import { Temporal } from "temporal-polyfill";
import type { SeriesPoint } from "../bargaining/index.js";
import type { ClockPoint } from "./clock-run.js";

export interface GameSeries {
  p5: SeriesPoint[];
  p50: SeriesPoint[];
  p95: SeriesPoint[];
}

const weeksFrom = (start: string, date: string) =>
  Temporal.PlainDate.from(start).until(Temporal.PlainDate.from(date)).days / 7;

/**
 * The series at the p5, p50 and p95 of the clock's band. Points without an estimate (no capacity)
 * are skipped; with none at all, the series is flat at the reference (no leverage from the clock).
 */
export function gameSeries(points: ClockPoint[], start: string, referenceDays: number): GameSeries {
  const usable = points.filter((p) => p.kind !== "report" && p.days !== null);
  const at = (pick: "p5" | "p50" | "p95"): SeriesPoint[] =>
    usable.length === 0
      ? [{ week: 0, breakoutDays: referenceDays }]
      : usable.map((p) => ({
          week: weeksFrom(start, p.date),
          breakoutDays: Math.max(0.01, (p.days as NonNullable<ClockPoint["days"]>)[pick]),
        }));
  return { p5: at("p5"), p50: at("p50"), p95: at("p95") };
}
