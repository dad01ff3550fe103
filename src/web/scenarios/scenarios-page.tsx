import { useCallback, useEffect, useRef, useState } from "react";
import { type ApiIssue, errorText, isApiFailure } from "../shared/api.js";
import { ErrorBox } from "../shared/status.js";
import { RunList, RunPanel } from "./run-panel.js";
import {
  deleteScenario,
  exampleScenarios,
  formatIssue,
  getScenario,
  listScenarios,
  type ScenarioSummary,
  saveScenario,
  startRun,
  validateScenario,
} from "./scenario-api.js";
import { YamlEditor, type YamlEditorHandle } from "./yaml-editor.js";

const VALIDATE_DELAY_MS = 300;
const STARTER = "# A scenario: see scenarios/vienna-2021-11-29.yaml and docs/ for the fields.\n";
const FLAGSHIP = "vienna-2021-11-29";

/** The Scenarios page: edit and validate YAML, save drafts, run, follow progress, open the report. */
export function ScenariosPage() {
  const [saved, setSaved] = useState<ScenarioSummary[]>([]);
  const [id, setId] = useState<number | null>(null);
  const [name, setName] = useState("my-scenario");
  const [yaml, setYaml] = useState(STARTER);
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [valid, setValid] = useState<boolean | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [runId, setRunId] = useState<number | null>(null);
  const [runsVersion, setRunsVersion] = useState(0);
  const [samples, setSamples] = useState(2000);
  const [seed, setSeed] = useState(1);
  const editor = useRef<YamlEditorHandle>(null);

  const refreshList = useCallback(
    () =>
      listScenarios().then(setSaved, (e) =>
        setError(`The saved scenarios could not be listed: ${errorText(e)}`),
      ),
    [],
  );
  useEffect(() => {
    refreshList();
  }, [refreshList]);

  // A first visit opens on the flagship, so the page shows a valid, runnable scenario at once.
  useEffect(() => {
    const flagship = exampleScenarios.find((ex) => ex.name === FLAGSHIP);
    flagship?.load().then((text) => {
      setYaml((current) => (current === STARTER ? text : current));
      setName((current) => (current === "my-scenario" ? FLAGSHIP : current));
    });
  }, []);

  // Live validation, a moment after the last keystroke; a stale answer is dropped.
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      validateScenario(yaml, name).then(
        (r) => {
          if (!current) return;
          setIssues(r.issues);
          setValid(r.valid);
        },
        (e) => current && setError(`Validation failed: ${errorText(e)}`),
      );
    }, VALIDATE_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [yaml, name]);

  const save = async () => {
    setError(null);
    const result = await saveScenario(id, name, yaml);
    setId(result.id);
    setIssues(result.issues);
    setValid(result.valid);
    setMessage(
      result.valid
        ? `Saved '${result.name}' (id ${result.id}).`
        : `Saved '${result.name}' as a draft with ${result.issues.length} issue(s).`,
    );
    await refreshList();
    return result;
  };
  const act = (what: () => Promise<unknown>) => () => {
    setMessage(null);
    what().catch((e) => {
      setError(errorText(e));
      if (isApiFailure(e) && e.issues.length > 0) setIssues(e.issues);
    });
  };
  const open = async (scenarioId: number) => {
    const s = await getScenario(scenarioId);
    setId(s.id);
    setName(s.name);
    setYaml(s.yaml);
    setIssues(s.issues);
    setValid(s.valid);
    setRunId(null);
    setMessage(`Opened '${s.name}'.`);
  };
  const run = async () => {
    const s = await save();
    if (!s.valid)
      throw new Error(
        "The scenario has errors (listed under the editor); fix them before running it.",
      );
    const { runId: started } = await startRun(s.id, { samples, seed });
    setRunId(started);
    setRunsVersion((v) => v + 1);
  };

  return (
    <div className="scenario-grid">
      <section aria-labelledby="editor-heading">
        <h3 id="editor-heading">Scenario</h3>
        <div className="row">
          <label htmlFor="scenario-name">Name</label>
          <input
            id="scenario-name"
            type="text"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          {exampleScenarios.map((ex) => (
            <button
              key={ex.name}
              type="button"
              className="secondary"
              onClick={act(async () => {
                setYaml(await ex.load());
                setName(ex.name);
                setId(null);
                setRunId(null);
              })}
            >
              Load example {ex.name}
            </button>
          ))}
        </div>
        <YamlEditor
          ref={editor}
          value={yaml}
          onChange={setYaml}
          issues={issues}
          label="Scenario YAML"
        />
        <div aria-live="polite" data-testid="validation">
          {valid === null ? (
            <p className="note">Checking…</p>
          ) : valid ? (
            <p className="valid">Valid: the scenario matches the schema.</p>
          ) : (
            <ul className="issues" aria-label="Schema errors">
              {issues.map((i) => (
                <li key={formatIssue(i)}>
                  {i.line !== undefined ? (
                    <button type="button" onClick={() => editor.current?.goToLine(i.line ?? 1)}>
                      {formatIssue(i)}
                    </button>
                  ) : (
                    formatIssue(i)
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="row">
          <button type="button" className="secondary" onClick={act(save)}>
            {id === null ? "Save" : "Save changes"}
          </button>
          <label htmlFor="run-samples">Draws</label>
          <input
            id="run-samples"
            type="number"
            min={100}
            max={100000}
            step={100}
            value={samples}
            onChange={(e) => setSamples(Number(e.currentTarget.value))}
          />
          <label htmlFor="run-seed">Seed</label>
          <input
            id="run-seed"
            type="number"
            min={0}
            step={1}
            value={seed}
            onChange={(e) => setSeed(Number(e.currentTarget.value))}
          />
          <button type="button" onClick={act(run)} disabled={valid === false}>
            Run
          </button>
        </div>
        {message && (
          <p className="note" role="status">
            {message}
          </p>
        )}
        {error && <ErrorBox title="Something went wrong" message={error} />}
        <RunPanel runId={runId} />
      </section>
      <aside aria-label="Saved scenarios and runs">
        <h3>Saved scenarios</h3>
        {saved.length === 0 ? (
          <p className="note">None yet.</p>
        ) : (
          <ul className="list" aria-label="Saved scenarios">
            {saved.map((s) => (
              <li key={s.id}>
                <span>
                  {s.name} {s.valid ? "" : "(draft)"}
                </span>
                <span className="row">
                  <button
                    type="button"
                    className="secondary"
                    onClick={act(() => open(s.id))}
                    aria-label={`Open ${s.name}`}
                  >
                    Open
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Delete ${s.name}`}
                    onClick={act(async () => {
                      await deleteScenario(s.id);
                      if (s.id === id) setId(null);
                      await refreshList();
                    })}
                  >
                    Delete
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
        <h3>Runs of this scenario</h3>
        <RunList scenarioId={id} refresh={runsVersion} onOpen={setRunId} />
      </aside>
    </div>
  );
}
