import type { BreakoutEstimate } from "../../core/index.js";

interface PublishedNote {
  by: string;
  scenario?: string;
  text: string;
  days: number;
  url: string;
}

const worth = (n: number) => `${n} weapon${n === 1 ? "'s" : "s'"} worth`;
const days = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));

/** The selected report's answer in one line, with the published estimates for the same data. */
export function Headline({
  selected,
  published,
}: {
  selected: { estimate: BreakoutEstimate; userGiven?: boolean } | null;
  published: PublishedNote[];
}) {
  if (!selected) return <p className="headline">Computing the selected report…</p>;
  const e = selected.estimate;
  const b = e.firstQuantityDays;
  const bound = e.lowerBoundDays === null ? "—" : `${days(e.lowerBoundDays)} days`;
  const months = e.quantitiesByMonth;
  const detail = b
    ? `(90 % band ${days(b.p5)}–${days(b.p95)}; physical lower bound ${bound}).${months[0] ? ` ${worth(months[0].p50)} after one month, ${worth(months[2]?.p50 ?? 0)} after three.` : ""}`
    : "";
  return (
    <div className="headline" data-testid="clock-headline">
      {b ? (
        <p>
          With the stocks and centrifuges
          {selected.userGiven ? " you gave for" : " of"} report <strong>{e.reportLabel}</strong>
          {selected.userGiven ? " (not verified)" : ""}, one weapon's worth ({e.targetKg.toFixed(0)}{" "}
          kg of 90 % uranium) takes <strong className="big">{days(b.p50)} days</strong> {detail}
        </p>
      ) : (
        <p>
          No estimate for report <strong>{e.reportLabel}</strong>:{" "}
          {e.fleetUnknown
            ? `${e.infeasible?.split(". Supply")[0].replace(/^no verified capacity for report [^:]+: /, "no verified capacity: ")}. Give a fleet and stocks below to run the clock on figures of your own.`
            : `${e.infeasible}.`}
        </p>
      )}
      {published.length > 0 && (
        <ul className="published">
          {published.map((p) => (
            <li key={`${p.by}${p.text}`}>
              Published: {p.by}, “{p.text}” ({days(p.days)} days
              {p.scenario ? `; case ${p.scenario}` : ""}){" "}
              <a href={p.url} target="_blank" rel="noreferrer">
                source
              </a>
            </li>
          ))}
        </ul>
      )}
      <p className="fineprint">
        {e.samples} draws, seed {e.seed}.{" "}
        {e.assumptions.filter((a) => a.basis === "set by the user").length > 0
          ? "Some assumptions set by you (see the plan)."
          : "Default assumptions."}
      </p>
    </div>
  );
}
