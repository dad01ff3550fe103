import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { ClockPage } from "./clock/clock-page.js";
import { Loading } from "./shared/status.js";

// The Clock is the first page users see; the others load when opened.
const TablePage = lazy(() =>
  import("./table/table-page.js").then((m) => ({ default: m.TablePage })),
);
const ActorsPage = lazy(() =>
  import("./actors/actors-page.js").then((m) => ({ default: m.ActorsPage })),
);
const ScenariosPage = lazy(() =>
  import("./scenarios/scenarios-page.js").then((m) => ({ default: m.ScenariosPage })),
);

const PAGES = [
  {
    id: "clock",
    name: "Clock",
    blurb: "How close is Iran to one weapon's worth of 90 % uranium, report by report?",
  },
  {
    id: "table",
    name: "Table",
    blurb: "Which US strategy makes a deal likeliest, and which inputs matter most?",
  },
  {
    id: "actors",
    name: "Actors",
    blurb: "Where do the positions of the actors around the talks converge?",
  },
  { id: "scenarios", name: "Scenarios", blurb: "Write a scenario, run it, and export its report." },
] as const;
type PageId = (typeof PAGES)[number]["id"];

const pageFromHash = (): PageId => {
  const id = window.location.hash.replace(/^#\/?/, "");
  return PAGES.find((p) => p.id === id)?.id ?? "clock";
};

/** The shell: what Leverage is, the four pages, and the page shown (from the URL hash). */
export function App() {
  const [page, setPage] = useState<PageId>(pageFromHash);
  useEffect(() => {
    const onHash = () => setPage(pageFromHash());
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  const current = PAGES.find((p) => p.id === page) ?? PAGES[0];
  const firstRender = useRef(true);
  useEffect(() => {
    document.title = `${current.name} — Leverage`;
    // After a page change, move focus to the content so keyboard users start there.
    if (!firstRender.current) document.getElementById("main")?.focus({ preventScroll: true });
    firstRender.current = false;
  }, [current]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the content
      </a>
      <header className="site-header">
        <div className="brand">
          <h1>Leverage</h1>
          <p>
            Open, reproducible analysis of nuclear negotiations: the breakout clock, the bargaining
            table and the legal levers, with every assumption in view.
          </p>
        </div>
        <nav aria-label="Pages">
          <ul>
            {PAGES.map((p) => (
              <li key={p.id}>
                <a href={`#/${p.id}`} aria-current={p.id === page ? "page" : undefined}>
                  {p.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} data-page={page}>
        <div className="page-intro">
          <h2>{current.name}</h2>
          <p>{current.blurb}</p>
        </div>
        <Suspense fallback={<Loading>Loading the page…</Loading>}>
          {page === "clock" && <ClockPage />}
          {page === "table" && <TablePage />}
          {page === "actors" && <ActorsPage />}
          {page === "scenarios" && <ScenariosPage />}
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>
          Leverage is open source (MIT). Every number traces to a source or to an assumption you can
          change; see docs/methodology.md. Charts follow Our World in Data's conventions: the title
          states the finding, the source and assumptions sit under the chart.
        </p>
      </footer>
    </>
  );
}
