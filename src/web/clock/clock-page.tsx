import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import { breakoutHistoryChart } from "../../charts/breakout-history.js";
import { breakoutByMonthChart } from "../../charts/breakout-months.js";
import { enrichmentLevelChart } from "../../charts/web-enrichment-level.js";
import { eventsTimelineChart } from "../../charts/web-events.js";
import { stocksByLevelChart } from "../../charts/web-stocks.js";
import { errorText } from "../shared/api.js";
import { ChartFigure } from "../shared/chart-figure.js";
import { ErrorBox, Loading } from "../shared/status.js";
import { markInput } from "../shared/timing.js";
import { useWorker } from "../shared/use-worker.js";
import { ClockControls } from "./clock-controls.js";
import {
  type ClockData,
  levelPoints,
  loadClockData,
  publishedPoints,
  resolveAll,
  stockPoints,
} from "./clock-data.js";
import { EventsNear } from "./clock-events.js";
import { Headline } from "./clock-headline.js";
import {
  CLOCK_SAMPLES,
  CLOCK_SEED,
  type ClockReply,
  type ClockRequest,
  HISTORY_SAMPLES,
  type HistoryBand,
} from "./clock-protocol.js";
import { type ClockSettings, defaultClockSettings, describeSettings } from "./clock-settings.js";
import { UserStateForm } from "./clock-user-form.js";
import type { UserState } from "./clock-user-state.js";
import { JcpoaTable, PlanTable } from "./plan-table.js";

type Selected = Extract<ClockReply, { stage: "selected" }>;
const CHART_WIDTH = 880;
/** Charts that a slider redraws (their redraw time is measured). */
const SLIDER_CHARTS = ["breakout-history", "breakout-months"];

/** The Clock page: stocks and breakout time over the reports, and one report's plan. */
export function ClockPage() {
  const [data, setData] = useState<ClockData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    loadClockData().then(setData, (e) => setLoadError(errorText(e)));
  }, []);
  if (loadError)
    return <ErrorBox title="The clock's data could not be loaded" message={loadError} />;
  if (!data) return <Loading>Loading the IAEA reports…</Loading>;
  return <ClockView data={data} />;
}

function ClockView({ data }: { data: ClockData }) {
  const defaults = useMemo(() => defaultClockSettings(data.machineTypes), [data]);
  const states = useMemo(() => resolveAll(data), [data]);
  const [settings, setSettings] = useState<ClockSettings>(defaults);
  const [selectedLabel, setSelectedLabel] = useState(
    () => (states.find((s) => s.label === "2021-11") ?? states.at(-1))?.label ?? "",
  );
  const [selected, setSelected] = useState<Selected | null>(null);
  // A fleet and stocks the user gave for the selected report (only asked for when it has none).
  const [userState, setUserState] = useState<UserState | null>(null);
  const [history, setHistory] = useState<HistoryBand[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [workerError, setWorkerError] = useState<string | null>(null);

  const onReply = useCallback((reply: ClockReply) => {
    setWorkerError(null);
    if (reply.stage === "selected") {
      setSelected(reply);
      // The selected report's band goes into the history at once; the rest follow in batches.
      // A band computed on the user's own fleet is not a history point.
      if (reply.userGiven) return;
      const b = reply.estimate.firstQuantityDays;
      setHistory((h) => {
        const rest = h.filter((x) => x.label !== reply.estimate.reportLabel);
        if (!b) return rest;
        const band = {
          label: reply.estimate.reportLabel,
          date: reply.estimate.asOfDate,
          ...b,
          kind: reply.estimate.reportKind,
          inferred: reply.estimate.inferredCapacity.length > 0,
        };
        return [...rest, band].sort((x, y) => x.date.localeCompare(y.date));
      });
    } else if (reply.stage === "history") {
      const processed = new Set(reply.processed);
      setHistory((h) =>
        [...reply.bands, ...h.filter((x) => !processed.has(x.label))].sort((x, y) =>
          x.date.localeCompare(y.date),
        ),
      );
      setProgress(
        reply.processed.length < reply.total
          ? { done: reply.processed.length, total: reply.total }
          : null,
      );
      if (reply.processed.length === reply.total) performance.mark("leverage:history-complete");
    }
  }, []);
  const run = useWorker<ClockRequest, ClockReply>(
    () => new Worker(new URL("./clock.worker.ts", import.meta.url), { type: "module" }),
    onReply,
    setWorkerError,
  );
  useEffect(() => {
    run({ kind: "load", reports: data.reports, machineTypes: data.machineTypes });
  }, [run, data]);
  useEffect(() => {
    run({
      kind: "run",
      settings,
      selected: selectedLabel,
      seed: CLOCK_SEED,
      samples: CLOCK_SAMPLES,
      historySamples: HISTORY_SAMPLES,
      ...(userState ? { userState } : {}),
    });
  }, [run, settings, selectedLabel, userState]);

  const onSettings = (next: ClockSettings) => {
    markInput(SLIDER_CHARTS);
    setSettings(next);
  };
  const selectedState = states.find((s) => s.label === selectedLabel);
  const markDate = selectedState?.date;
  const published = useMemo(() => publishedPoints(data.reports), [data]);
  // Reports with no verified capacity: a marked gap on the history, not a point.
  const gaps = useMemo(
    () =>
      states.flatMap((s) =>
        s.fleetUnknown
          ? [{ date: s.reportDate ?? s.date, label: s.label, reason: "no verified capacity" }]
          : [],
      ),
    [states],
  );
  // The charts describe the settings their numbers were computed with, not the sliders' latest.
  const assumptionsLine = describeSettings(selected?.settings ?? defaults, defaults);

  const historySvg = useMemo(() => {
    if (history.length === 0) return null;
    return breakoutHistoryChart(
      history,
      published,
      {
        width: CHART_WIDTH,
        markDate,
        dataVersion: data.dataVersion,
        seed: CLOCK_SEED,
        samples: HISTORY_SAMPLES,
        assumptions: assumptionsLine,
        gaps,
      },
      window.document,
    );
  }, [history, published, markDate, data.dataVersion, assumptionsLine, gaps]);
  // The plan and the months chart may lag a frame behind the breakout chart, which draws first.
  const planned = useDeferredValue(selected);
  const monthsSvg = useMemo(
    () =>
      planned?.estimate.plan
        ? breakoutByMonthChart(planned.estimate, { width: CHART_WIDTH }, window.document)
        : null,
    [planned],
  );
  const stocksSvg = useMemo(
    () =>
      stocksByLevelChart(
        stockPoints(states),
        { markDate, dataVersion: data.dataVersion, width: CHART_WIDTH },
        window.document,
      ),
    [states, markDate, data.dataVersion],
  );
  const levelSvg = useMemo(
    () =>
      enrichmentLevelChart(
        levelPoints(states),
        { markDate, dataVersion: data.dataVersion, width: CHART_WIDTH },
        window.document,
      ),
    [states, markDate, data.dataVersion],
  );
  const eventsSvg = useMemo(
    () =>
      eventsTimelineChart(
        data.events,
        { markDate, dataVersion: data.dataVersion, width: CHART_WIDTH },
        window.document,
      ),
    [data, markDate],
  );

  return (
    <div className="page-grid">
      <ClockControls
        reports={data.reports}
        selected={selectedLabel}
        onSelect={(label) => {
          markInput(SLIDER_CHARTS);
          setUserState(null);
          setSelectedLabel(label);
        }}
        settings={settings}
        defaults={defaults}
        onChange={onSettings}
      />
      <div className="results">
        {workerError && <ErrorBox title="The model could not run" message={workerError} />}
        <Headline
          selected={selected}
          published={published.filter((p) => p.report === selectedLabel)}
        />
        {selected &&
          selected.estimate.reportLabel === selectedLabel &&
          (selected.estimate.fleetUnknown || selected.userGiven) && (
            <UserStateForm
              key={selectedLabel}
              estimate={selected.estimate}
              given={userState}
              onRun={setUserState}
            />
          )}
        <p className="progress-line" role="status" aria-live="polite">
          {progress
            ? `Recomputing the history: ${progress.done} of ${progress.total} reports…`
            : `History: ${history.length} reports, ${HISTORY_SAMPLES} draws each.`}
        </p>
        <ChartFigure
          svg={historySvg}
          name="breakout-history"
          label="Breakout time by IAEA report, with published estimates"
          busy={progress !== null}
        />
        <ChartFigure
          svg={stocksSvg}
          name="stocks-by-level"
          label="Enriched uranium stocks by level, with the JCPOA cap"
        />
        <ChartFigure
          svg={levelSvg}
          name="enrichment-level"
          label="Highest enrichment level held, with the JCPOA limit"
        />
        <ChartFigure
          svg={eventsSvg}
          name="events-timeline"
          label="Timeline of events by track and confidence"
        />
        <EventsNear events={data.events} date={markDate} />
        {planned && (
          <section aria-labelledby="plan-heading" className="plan">
            <h2 id="plan-heading">
              Report {planned.estimate.reportLabel}: the plan and the limits
            </h2>
            {planned.estimate.plan ? (
              <ChartFigure
                svg={monthsSvg}
                name="breakout-months"
                label={`Weapons' worth by month for report ${planned.estimate.reportLabel}`}
              />
            ) : (
              <p className="chart-missing" data-testid="months-missing">
                No weapons-by-month chart for report {planned.estimate.reportLabel}:{" "}
                {planned.estimate.fleetUnknown
                  ? "there is no verified enrichment capacity on this date. Give a fleet and stocks above to draw one."
                  : `${planned.estimate.infeasible ?? "the model has no estimate"}.`}
              </p>
            )}
            <PlanTable estimate={planned.estimate} />
            <JcpoaTable checks={planned.jcpoa} label={planned.estimate.reportLabel} />
            {planned.estimate.warnings.length > 0 && (
              <details className="warnings">
                <summary>
                  {planned.estimate.warnings.length} gaps in the data and how they were filled
                </summary>
                <ul>
                  {planned.estimate.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
