// The highest enrichment level Iran held on each report's date, against the JCPOA's 3.67 % limit.
import * as Plot from "@observablehq/plot";
import { framedSvg } from "./frame.js";
import { dateRule, limitLine, utcDate } from "./marks.js";

/** The highest assay held in stock on a report's date, as a weight fraction (0–1). */
export interface LevelPoint {
  date: string;
  label: string;
  maxAssay: number;
}

/** JCPOA Annex I §28: enrichment up to 3.67 %. */
const JCPOA_MAX_PERCENT = 3.67;

/** A step line of the highest level held (percent) with the JCPOA limit as a line. */
export function enrichmentLevelChart(
  points: LevelPoint[],
  options: { markDate?: string; dataVersion: string; width?: number },
  document: Document,
): string {
  const rows = points.map((p) => ({ ...p, when: utcDate(p.date), percent: 100 * p.maxAssay }));
  const over = rows.find((r) => r.percent > JCPOA_MAX_PERCENT + 1e-9);
  const top = rows.reduce((a, b) => (b.percent > a.percent ? b : a), rows[0]);
  const title = over
    ? `Iran held uranium above the JCPOA's 3.67 % from the report of ${over.label}, and up to ${+top.percent.toFixed(1)} % from ${top.label}`
    : "Iran held no uranium above the JCPOA's 3.67 %";
  return framedSvg(
    {
      marginLeft: 60,
      marginRight: 90,
      x: { type: "utc", label: "IAEA report (date of the stock figures)" },
      y: { label: "Highest enrichment level held (% U-235)", grid: true, domain: [0, 100] },
      marks: [
        Plot.lineY(rows, {
          x: "when",
          y: "percent",
          stroke: "#a63603",
          strokeWidth: 2,
          curve: "step-after",
        }),
        Plot.dot(rows, {
          x: "when",
          y: "percent",
          fill: "#a63603",
          r: 2.5,
          title: (d) => `${d.label}: ${d.percent.toFixed(2)} %`,
        }),
        ...limitLine(JCPOA_MAX_PERCENT, "JCPOA limit 3.67 %"),
        ...(options.markDate ? [dateRule(options.markDate)] : []),
      ],
    },
    {
      title,
      subtitle:
        "The assay at which the highest band in stock is read, percent U-235, by IAEA report",
      source: `IAEA quarterly reports (data/iaea-reports.json, version ${options.dataVersion}); JCPOA Annex I §28`,
      assumptions:
        "Each band is read at the level Iran was known to produce: ≤5 % at 4.5 % from July 2019, ≤20 % at 19.75 %, ≤60 % at 60 % (docs/methodology.md §2)",
      width: options.width,
      height: 200,
    },
    document,
  );
}
