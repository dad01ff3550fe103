// The legal clocks as horizontal bars on a date axis, with an optional deadline rule.
import * as Plot from "@observablehq/plot";
import { clocksPastDeadline, type LegalClock } from "../core/index.js";
import { framedSvg } from "./frame.js";

export interface CalendarTimelineData {
  clocks: (Pick<LegalClock, "name" | "steps"> & { clock?: string })[];
  /** ISO YYYY-MM-DD; drawn as a vertical rule, and the default title counts steps past it. */
  deadline?: string;
}

export interface CalendarTimelineOptions {
  /** The finding; defaults to a count of steps past the deadline, or the span of the clocks. */
  title?: string;
  subtitle?: string;
  width?: number;
}

const DAY_MS = 86_400_000;
const utc = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

function defaultTitle(data: CalendarTimelineData): string {
  const steps = data.clocks.flatMap((c) => c.steps);
  if (data.deadline) {
    const past = clocksPastDeadline(data.deadline, data.clocks).length;
    return `${past} of ${steps.length} legal-clock steps run past ${data.deadline}`;
  }
  const starts = steps.map((s) => s.start).sort();
  const ends = steps.map((s) => s.end).sort();
  return `The legal clocks run from ${starts[0]} to ${ends[ends.length - 1]}`;
}

/**
 * One bar per step (from its first to the end of its last day, UTC), one row per step, coloured by
 * clock (rows carry the clock's short name, since a Plot legend would not be SVG). Pure given
 * `document`.
 */
export function calendarTimeline(
  data: CalendarTimelineData,
  options: CalendarTimelineOptions,
  document: Document,
): string {
  const rows = data.clocks.flatMap((c) =>
    c.steps.map((s) => ({
      clock: c.name,
      label: `${c.clock ? `${c.clock.toUpperCase()}: ` : ""}${s.name}${s.parallel ? " (parallel)" : ""} · ${s.days} d`,
      x1: utc(s.start),
      x2: new Date(utc(s.end).getTime() + DAY_MS),
    })),
  );
  const labels = rows.map((r, i) => `${i + 1}. ${r.label}`);
  const marks: Plot.Markish[] = [
    Plot.barX(rows, {
      x1: "x1",
      x2: "x2",
      y: (_d: unknown, i: number) => labels[i],
      fill: "clock",
      inset: 2,
    }),
  ];
  if (data.deadline) {
    const at = [utc(data.deadline).getTime() + DAY_MS];
    marks.push(Plot.ruleX(at, { stroke: "#b2182b", strokeWidth: 2, strokeDasharray: "4,3" }));
    marks.push(
      Plot.text(at, {
        x: (d: number) => d,
        frameAnchor: "top",
        text: () => `deadline ${data.deadline}`,
        dy: -8,
        fill: "#b2182b",
      }),
    );
  }
  return framedSvg(
    {
      marginLeft: 330,
      marginTop: 24,
      x: { type: "utc", label: null, grid: true },
      y: { domain: labels, label: null },
      color: { legend: false, scheme: "tableau10" },
      marks,
    },
    {
      title: options.title ?? defaultTitle(data),
      subtitle:
        options.subtitle ??
        `${data.clocks.map((c) => c.name).join("; ")}. Bars span whole days (UTC); the day of each trigger is excluded.`,
      source:
        "INARA (Pub. L. 114-17, 42 U.S.C. 2160e); UNSCR 2231 op. 11–12; JCPOA paras 36–37. Leverage core/calendar.",
      assumptions:
        "Statutory day counting; each step runs its full length; the deadline counts as met on its own day.",
      width: options.width ?? 760,
      height: 60 + 26 * rows.length,
    },
    document,
  );
}
