// Dated events as dots on a time axis, one row per category, shaded by the confidence of the date
// and the fact (high, medium, low); each dot carries its title as a tooltip.
import * as Plot from "@observablehq/plot";
import { framedSvg } from "./frame.js";
import { dateRule, utcDate } from "./marks.js";

/** An event of data/timeline.json, as the chart needs it. */
export interface EventPoint {
  date: string;
  title: string;
  category: string;
  confidence: "high" | "medium" | "low";
}

const CONFIDENCE = ["high", "medium", "low"] as const;
const categoryName = (c: string) => c.replace(/_/g, " ");

/** The events timeline; `markDate` draws the selected report's date, `from`/`to` clip the axis. */
export function eventsTimelineChart(
  events: EventPoint[],
  options: { markDate?: string; dataVersion: string; width?: number; from?: string; to?: string },
  document: Document,
): string {
  const shown = events.filter(
    (e) => (!options.from || e.date >= options.from) && (!options.to || e.date <= options.to),
  );
  const rows = shown.map((e) => ({ ...e, when: utcDate(e.date), row: categoryName(e.category) }));
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.row, (counts.get(r.row) ?? 0) + 1);
  const categories = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const low = rows.filter((r) => r.confidence !== "high").length;
  const first = rows[0]?.date.slice(0, 4);
  const last = rows.at(-1)?.date.slice(0, 4);
  const title =
    rows.length === 0
      ? "No dated events in this period"
      : `${rows.length} dated events from ${first} to ${last}; ${categories[0]} is the busiest track (${counts.get(categories[0])}), and ${low} rest on medium or low confidence`;
  return framedSvg(
    {
      marginLeft: 170,
      x: {
        type: "utc",
        label: "Date of the event",
        grid: true,
        domain:
          options.from && options.to ? [utcDate(options.from), utcDate(options.to)] : undefined,
      },
      y: { domain: categories, label: null },
      color: { domain: [...CONFIDENCE], range: ["#222", "#888", "#ccc"] },
      symbol: { domain: [...CONFIDENCE], range: ["circle", "diamond", "triangle"] },
      marks: [
        Plot.ruleY(categories, { stroke: "#eee" }),
        Plot.dot(rows, {
          x: "when",
          y: "row",
          fill: "confidence",
          symbol: "confidence",
          r: 4,
          stroke: "white",
          strokeWidth: 0.5,
          title: (d) => `${d.date}: ${d.title} (confidence ${d.confidence})`,
        }),
        ...(options.markDate ? [dateRule(options.markDate, "#b5443b")] : []),
      ],
    },
    {
      title,
      subtitle:
        "Each mark is one event, by track; confidence of the record: high (black circle), medium (grey diamond), low (light triangle). Dashed line: the report selected",
      source: `data/timeline.json (version ${options.dataVersion}), each event with its source URL`,
      assumptions: "Events known only to the month are drawn on the 1st of that month",
      width: options.width,
      height: 60 + 22 * Math.max(1, categories.length),
    },
    document,
  );
}
