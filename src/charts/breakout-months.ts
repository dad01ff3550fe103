import * as Plot from "@observablehq/plot";
import type { BreakoutEstimate } from "../core/index.js";
import { framedSvg } from "./frame.js";

/** Weapons' worth by month 1–12: the median as bars, the 90 % band as a rule. */
export function breakoutByMonthChart(
  estimate: BreakoutEstimate,
  options: { width?: number },
  document: Document,
): string {
  const months = estimate.quantitiesByMonth;
  const first = months.find((m) => m.p50 >= 1);
  const title = first
    ? `${months[0]?.p50 ?? 0} weapons' worth after one month, ${months[11]?.p50 ?? 0} after a year (report ${estimate.reportLabel})`
    : `Less than one weapon's worth within a year (report ${estimate.reportLabel})`;
  return framedSvg(
    {
      marginLeft: 50,
      x: { label: "Months after the decision to break out", tickFormat: (d: number) => `${d}` },
      y: { label: "Weapons' worth of 90 % uranium (25 kg each)", grid: true },
      marks: [
        Plot.barY(months, { x: "month", y: "p50", fill: "#b5443b" }),
        Plot.ruleX(months, { x: "month", y1: "p5", y2: "p95", stroke: "#222", strokeWidth: 1.5 }),
        Plot.ruleY([0]),
      ],
    },
    {
      title,
      subtitle:
        "Cumulative complete quantities by the end of each month: median (bars) and 5th–95th percentile (lines)",
      source: `IAEA report ${estimate.reportLabel} (data/iaea-reports.json); Leverage breakout model, seed ${estimate.seed}, ${estimate.samples} draws`,
      assumptions: estimate.assumptions
        .filter(
          (a) => a.name === "stocksUsed" || a.name === "heuCascades" || a.name === "setupDays",
        )
        .map((a) => `${a.name} ${a.value}`)
        .join("; "),
      width: options.width,
    },
    document,
  );
}
