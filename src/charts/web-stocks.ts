// Enriched uranium by level over time, stacked, with the JCPOA's 202.8 kgU cap as a line.
import * as Plot from "@observablehq/plot";
import { framedSvg } from "./frame.js";
import { dateRule, gapMarks, limitLine, utcDate } from "./marks.js";

/** One band's stock on one report's date, kgU; null when it is unknown (drawn as a gap). */
export interface StockPoint {
  date: string;
  label: string;
  band: "upTo2" | "upTo5" | "upTo20" | "upTo60";
  kgU: number | null;
}

/**
 * Each band's known points, split into runs at its unknown ones: the runs are separate areas, so an
 * unknown stock shows as a gap, never as a fall to zero (issue 13).
 */
function knownRuns(points: StockPoint[]) {
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const run = new Map<string, number>();
  const out: (StockPoint & { kgU: number; run: string })[] = [];
  for (const p of sorted) {
    const n = run.get(p.band) ?? 0;
    if (p.kgU === null) {
      run.set(p.band, n + 1);
      continue;
    }
    out.push({ ...p, kgU: p.kgU, run: `${p.band}#${n}` });
  }
  return out;
}

export const STOCK_BAND_NAMES = {
  upTo2: "up to 2 %",
  upTo5: "up to 5 %",
  upTo20: "up to 20 %",
  upTo60: "up to 60 %",
} as const;

const BANDS = ["upTo2", "upTo5", "upTo20", "upTo60"] as const;
const COLOURS = ["#fdd0a2", "#f16913", "#a63603", "#4a1486"];
/** JCPOA Annex I §56: 300 kg UF6 of up to 3.67 % = 202.8 kgU. */
const JCPOA_CAP_KGU = 202.8;

/** Stocks by enrichment level per IAEA report, stacked, with the JCPOA cap and the chosen report. */
export function stocksByLevelChart(
  points: StockPoint[],
  options: { markDate?: string; dataVersion: string; width?: number; height?: number },
  document: Document,
): string {
  const known = knownRuns(points);
  const rows = known.map((p) => ({
    ...p,
    when: utcDate(p.date),
    level: STOCK_BAND_NAMES[p.band],
  }));
  // Dates where every band is unknown: marked on the axis.
  const byLabel = new Map<string, StockPoint[]>();
  for (const p of points) byLabel.set(p.label, [...(byLabel.get(p.label) ?? []), p]);
  const blind = [...byLabel.values()]
    .filter((ps) => ps.every((p) => p.kgU === null))
    .map((ps) => ({ label: ps[0].label, when: utcDate(ps[0].date) }));
  const totals = new Map<string, { date: string; label: string; kgU: number }>();
  for (const p of known) {
    const t = totals.get(p.label) ?? { date: p.date, label: p.label, kgU: 0 };
    t.kgU += p.kgU;
    totals.set(p.label, t);
  }
  const ordered = [...totals.values()].sort((a, b) => a.date.localeCompare(b.date));
  const firstOver = ordered.find((t) => t.kgU > JCPOA_CAP_KGU + 1e-9);
  const peak = ordered.reduce((a, b) => (b.kgU > a.kgU ? b : a), ordered[0]);
  const title = firstOver
    ? `Enriched uranium passed the JCPOA cap of 202.8 kgU with the report of ${firstOver.label} and peaked at ${Math.round(peak.kgU).toLocaleString("en-US")} kgU (${(peak.kgU / JCPOA_CAP_KGU).toFixed(0)}× the cap) in ${peak.label}`
    : "Enriched uranium stayed within the JCPOA cap of 202.8 kgU";
  // Direct labels at the right end, spaced so they do not overlap (a Plot legend would be HTML).
  const last = ordered.at(-1)?.label;
  const max = peak?.kgU ?? 1;
  let cumulative = 0;
  let previous = Number.NEGATIVE_INFINITY;
  const labels: { when: Date; y: number; text: string }[] = [];
  for (const band of BANDS) {
    const kg = known.find((p) => p.label === last && p.band === band)?.kgU ?? 0;
    const y = Math.max(cumulative + kg / 2, previous + 0.07 * max);
    if (kg > 0) {
      labels.push({ when: utcDate(ordered.at(-1)?.date ?? ""), y, text: STOCK_BAND_NAMES[band] });
      previous = y;
    }
    cumulative += kg;
  }
  return framedSvg(
    {
      marginLeft: 60,
      marginRight: 90,
      x: { type: "utc", label: "IAEA report (date of the stock figures)" },
      y: { label: "Enriched uranium (kgU)", grid: true },
      color: { domain: BANDS.map((b) => STOCK_BAND_NAMES[b]), range: COLOURS },
      marks: [
        Plot.areaY(rows, {
          x: "when",
          y: "kgU",
          fill: "level",
          z: "run",
          // Stack the runs in band order, ≤2 % at the bottom.
          order: [...new Set(rows.map((r) => r.run))].sort(
            (x, y) =>
              BANDS.indexOf(x.split("#")[0] as (typeof BANDS)[number]) -
              BANDS.indexOf(y.split("#")[0] as (typeof BANDS)[number]),
          ),
          curve: "linear",
        }),
        ...gapMarks(
          blind.map((b) => b.when),
          "stocks unknown",
          "right",
        ),
        ...limitLine(JCPOA_CAP_KGU, "JCPOA cap 202.8 kgU (all at ≤ 3.67 %)"),
        Plot.text(labels, {
          x: "when",
          y: "y",
          text: "text",
          dx: 6,
          textAnchor: "start",
          fill: "#333",
        }),
        ...(options.markDate ? [dateRule(options.markDate)] : []),
        Plot.ruleY([0]),
      ],
    },
    {
      title,
      subtitle: `Stock of enriched uranium by level on each IAEA report's date, kilograms of uranium (kgU), stacked; a gap where a stock is unknown${blind.length > 0 ? " (grey dotted lines: every stock unknown)" : ""}; dashed line: the report selected`,
      source: `IAEA quarterly reports (data/iaea-reports.json, version ${options.dataVersion}); JCPOA Annex I §56`,
      assumptions:
        "A band a report does not state is carried forward from the last report that did, for up to two quarterly reports and never across the loss of access of June 2025, otherwise it is unknown; a total without a split counts as up to 5 % (docs/methodology.md §2.1)",
      width: options.width,
      height: options.height ?? 300,
    },
    document,
  );
}
