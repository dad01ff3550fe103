import type { TimelineEventRecord } from "./clock-data.js";

const DAY_MS = 86_400_000;
const WINDOW_DAYS = 120;

/** The events in the 120 days up to the selected report's date, with their confidence and source. */
export function EventsNear({ events, date }: { events: TimelineEventRecord[]; date?: string }) {
  if (!date) return null;
  const end = Date.parse(`${date}T00:00:00Z`);
  const near = events.filter((e) => {
    const t = Date.parse(`${e.date}T00:00:00Z`);
    return t <= end && t >= end - WINDOW_DAYS * DAY_MS;
  });
  return (
    <section className="events-near" aria-labelledby="events-near-heading">
      <h3 id="events-near-heading">
        Events in the {WINDOW_DAYS} days before {date} ({near.length})
      </h3>
      {near.length === 0 ? (
        <p className="note">No dated events in this window.</p>
      ) : (
        <ul>
          {near.map((e) => (
            <li key={e.id}>
              <time dateTime={e.date}>
                {e.datePrecision === "day" ? e.date : `${e.date.slice(0, 7)} (${e.datePrecision})`}
              </time>{" "}
              <span className={`confidence ${e.confidence}`}>{e.confidence} confidence</span>{" "}
              {e.title}{" "}
              <a href={e.source} target="_blank" rel="noreferrer">
                source
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
