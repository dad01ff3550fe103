// Loader for data/timeline.json: dated events 2013–2026, each with a source and a confidence.
import { z } from "zod";
import { readDataFile } from "./data-file.js";
import { dataVersion, httpUrl, isoDate, nonEmptyText } from "./schema-parts.js";

const eventSchema = z.strictObject({
  /** Stable slug: the raw date and the first words of the title. */
  id: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?(-[a-z0-9]+)+$/, { error: "must be a date-and-words slug" }),
  /** ISO day; with datePrecision "month" it is the 1st of that month. */
  date: isoDate,
  datePrecision: z.enum(["day", "month", "approx"]),
  title: nonEmptyText,
  category: nonEmptyText,
  actors: z.array(nonEmptyText),
  confidence: z.enum(["high", "medium", "low"], { error: "must be high, medium or low" }),
  source: httpUrl,
  alsoSources: z.array(httpUrl).optional(),
  note: nonEmptyText.optional(),
});

export type TimelineEvent = z.infer<typeof eventSchema>;

const timelineFileSchema = z
  .strictObject({ dataVersion, description: nonEmptyText, events: z.array(eventSchema).min(1) })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    file.events.forEach((event, i) => {
      if (ids.has(event.id))
        ctx.addIssue({ code: "custom", path: ["events", i, "id"], message: "duplicate id" });
      ids.add(event.id);
      const previous = file.events[i - 1];
      if (previous && previous.date > event.date) {
        ctx.addIssue({
          code: "custom",
          path: ["events", i, "date"],
          message: "events must be sorted by date",
        });
      }
    });
  });

/** All events, sorted by date. */
export function loadTimeline(): { dataVersion: string; events: TimelineEvent[] } {
  const file = readDataFile("timeline.json", timelineFileSchema);
  return { dataVersion: file.dataVersion, events: file.events };
}

/** Events with from ≤ date ≤ to (ISO days, inclusive). */
export function eventsBetween(from: string, to: string): TimelineEvent[] {
  return loadTimeline().events.filter((e) => e.date >= from && e.date <= to);
}
