import { useEffect, useState } from "react";
import { errorText } from "../shared/api.js";
import { ErrorBox } from "../shared/status.js";
import { getRun, listRuns, type RunStatus } from "./scenario-api.js";

const POLL_MS = 400;

/** Polls a run until it is done or failed. */
function useRun(runId: number | null) {
  const [run, setRun] = useState<RunStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (runId === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setRun(null);
    setError(null);
    const poll = () =>
      getRun(runId).then(
        (r) => {
          if (stopped) return;
          setRun(r);
          if (r.status === "queued" || r.status === "running") timer = setTimeout(poll, POLL_MS);
        },
        (e) => !stopped && setError(errorText(e)),
      );
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [runId]);
  return { run, error };
}

/** The run in progress or chosen: progress, the report and its exports. */
export function RunPanel({ runId }: { runId: number | null }) {
  const { run, error } = useRun(runId);
  if (runId === null) return null;
  if (error) return <ErrorBox title={`Run ${runId} could not be read`} message={error} />;
  if (!run) return <p className="note">Starting run {runId}…</p>;
  const base = `/api/runs/${run.runId}`;
  return (
    <section
      className="run"
      aria-labelledby="run-heading"
      data-testid="run-panel"
      data-status={run.status}
    >
      <h3 id="run-heading">
        Run {run.runId}: {run.status}
      </h3>
      {(run.status === "queued" || run.status === "running") && (
        <label className="field">
          Progress {Math.round(100 * run.progress)} %
          <progress max={1} value={run.progress} />
        </label>
      )}
      {run.status === "failed" && (
        <ErrorBox title="The run failed" message={run.error ?? "no message"} />
      )}
      {run.status === "done" && (
        <>
          <p className="note">
            Seed {run.seed}, data version {run.dataVersion}, app {run.appVersion}, scenario{" "}
            {run.scenarioHash.slice(0, 12)}.
          </p>
          <div className="row">
            <a href={`${base}/report.html`} target="_blank" rel="noreferrer">
              Open the report in a new tab
            </a>
            <span aria-hidden="true">·</span> Export:
            <a href={`${base}/report.html`} download={`run-${run.runId}-report.html`}>
              HTML
            </a>
            <a href={`${base}/report.md`} download={`run-${run.runId}-report.md`}>
              Markdown
            </a>
            <a href={`${base}/result`} download={`run-${run.runId}-result.json`}>
              JSON
            </a>
          </div>
          {run.charts && run.charts.length > 0 && (
            <ul className="list" aria-label="Charts of the run">
              {run.charts.map((name) => (
                <li key={name}>
                  {name}
                  <span className="row">
                    <a href={`${base}/charts/${name}.svg`} download={`${name}.svg`}>
                      SVG
                    </a>
                    <a href={`${base}/charts/${name}.png`} download={`${name}.png`}>
                      PNG
                    </a>
                  </span>
                </li>
              ))}
            </ul>
          )}
          <iframe
            className="report-frame"
            title={`Report of run ${run.runId}`}
            src={`${base}/report.html`}
          />
        </>
      )}
    </section>
  );
}

/** The runs of a saved scenario, newest first. */
export function RunList({
  scenarioId,
  refresh,
  onOpen,
}: {
  scenarioId: number | null;
  refresh: number;
  onOpen: (runId: number) => void;
}) {
  const [runs, setRuns] = useState<RunStatus[]>([]);
  const [error, setError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `refresh` re-reads the list on purpose
  useEffect(() => {
    if (scenarioId === null) return setRuns([]);
    listRuns(scenarioId).then(
      (r) => {
        setRuns([...r].sort((a, b) => b.runId - a.runId));
        setError(null);
      },
      (e) => setError(errorText(e)),
    );
  }, [scenarioId, refresh]);
  if (scenarioId === null)
    return <p className="note">Save the scenario to run it and keep its runs.</p>;
  if (error) return <ErrorBox title="The runs could not be listed" message={error} />;
  if (runs.length === 0) return <p className="note">No runs yet.</p>;
  return (
    <ul className="list" aria-label="Saved runs">
      {runs.map((r) => (
        <li key={r.runId}>
          <span>
            Run {r.runId} · {r.status} · seed {r.seed} ·{" "}
            {r.startedAt.slice(0, 19).replace("T", " ")}
          </span>
          <button type="button" className="secondary" onClick={() => onOpen(r.runId)}>
            Show
          </button>
        </li>
      ))}
    </ul>
  );
}
