// Scenario runs: status and progress while they run, then the result and its files, written in one
// transaction. A run never has a partial result: either every file is there and it is "done", or
// there is none.
import type { Database } from "better-sqlite3";
import type { ApiIssue } from "../api-issue.js";

export type RunStatus = "queued" | "running" | "done" | "failed";

export interface RunRecord {
  runId: number;
  scenarioId: number | null;
  scenarioHash: string;
  seed: number;
  samples: number | null;
  dataVersion: string;
  appVersion: string;
  status: RunStatus;
  /** 0 to 1. */
  progress: number;
  error?: string;
  issues?: ApiIssue[];
  startedAt: string;
  finishedAt?: string;
}

export interface NewRun {
  scenarioId: number;
  scenarioHash: string;
  yaml: string;
  seed: number;
  samples: number | null;
  dataVersion: string;
  appVersion: string;
}

/** A stored file of a finished run: "result.json", "report.html", "report.md", "charts/<name>.svg". */
export interface RunFile {
  name: string;
  contentType: string;
  body: string;
}

/** Why a run left queued or running by an earlier process is failed on start-up. */
export const INTERRUPTED = "interrupted: the server stopped during the run";

interface Row {
  id: number;
  scenario_id: number | null;
  scenario_hash: string;
  scenario_yaml: string;
  seed: number;
  samples: number | null;
  data_version: string;
  app_version: string;
  status: RunStatus;
  progress: number;
  error: string | null;
  issues: string | null;
  started_at: string;
  finished_at: string | null;
}

const record = (r: Row): RunRecord => ({
  runId: r.id,
  scenarioId: r.scenario_id,
  scenarioHash: r.scenario_hash,
  seed: r.seed,
  samples: r.samples,
  dataVersion: r.data_version,
  appVersion: r.app_version,
  status: r.status,
  progress: r.progress,
  ...(r.error === null ? {} : { error: r.error }),
  ...(r.issues === null ? {} : { issues: JSON.parse(r.issues) as ApiIssue[] }),
  startedAt: r.started_at,
  ...(r.finished_at === null ? {} : { finishedAt: r.finished_at }),
});

export type RunStore = ReturnType<typeof runStore>;

/** The runs and run_files tables. `now` gives ISO timestamps. */
export function runStore(db: Database, now: () => string) {
  const insert = db.prepare(
    `INSERT INTO runs (scenario_id, scenario_hash, scenario_yaml, seed, samples, data_version,
       app_version, status, progress, started_at)
     VALUES (@scenarioId, @scenarioHash, @yaml, @seed, @samples, @dataVersion, @appVersion,
       'queued', 0, @now)`,
  );
  const get = db.prepare("SELECT * FROM runs WHERE id = ?");
  const listAll = db.prepare("SELECT * FROM runs ORDER BY id DESC");
  const listFor = db.prepare("SELECT * FROM runs WHERE scenario_id = ? ORDER BY id DESC");
  const setRunning = db.prepare(
    "UPDATE runs SET status = 'running' WHERE id = ? AND status = 'queued'",
  );
  const setProgress = db.prepare(
    "UPDATE runs SET progress = ? WHERE id = ? AND status IN ('queued', 'running')",
  );
  const setDone = db.prepare(
    `UPDATE runs SET status = 'done', progress = 1, result = ?, finished_at = ?
     WHERE id = ? AND status IN ('queued', 'running')`,
  );
  const setFailed = db.prepare(
    `UPDATE runs SET status = 'failed', error = ?, issues = ?, finished_at = ?
     WHERE id = ? AND status IN ('queued', 'running')`,
  );
  const failUnfinished = db.prepare(
    `UPDATE runs SET status = 'failed', error = ?, finished_at = ?
     WHERE status IN ('queued', 'running')`,
  );
  const insertFile = db.prepare(
    "INSERT INTO run_files (run_id, name, content_type, body) VALUES (?, ?, ?, ?)",
  );
  const getFile = db.prepare(
    "SELECT name, content_type AS contentType, body FROM run_files WHERE run_id = ? AND name = ?",
  );
  const fileNames = db.prepare("SELECT name FROM run_files WHERE run_id = ? ORDER BY name");
  const getResult = db.prepare("SELECT result FROM runs WHERE id = ?");

  const finish = db.transaction((runId: number, resultJson: string, files: RunFile[]) => {
    // The status check makes a late finish after a failure (e.g. shutdown) a no-op.
    if (setDone.run(resultJson, now(), runId).changes === 0) return false;
    for (const f of files) insertFile.run(runId, f.name, f.contentType, f.body);
    return true;
  });

  return {
    create(run: NewRun): RunRecord {
      const { lastInsertRowid } = insert.run({ ...run, now: now() });
      return record(get.get(Number(lastInsertRowid)) as Row);
    },
    get: (runId: number): RunRecord | null => {
      const row = get.get(runId) as Row | undefined;
      return row ? record(row) : null;
    },
    list: (scenarioId?: number): RunRecord[] =>
      ((scenarioId === undefined ? listAll.all() : listFor.all(scenarioId)) as Row[]).map(record),
    markRunning: (runId: number) => void setRunning.run(runId),
    setProgress: (runId: number, progress: number) =>
      void setProgress.run(Math.min(1, Math.max(0, progress)), runId),
    /** Stores the result and every file and marks the run done, all in one transaction. */
    finish: (runId: number, resultJson: string, files: RunFile[]): boolean =>
      finish(runId, resultJson, files),
    fail(runId: number, error: string, issues?: ApiIssue[]): void {
      setFailed.run(error, issues ? JSON.stringify(issues) : null, now(), runId);
    },
    /** Marks every queued or running run failed (start-up and shutdown); returns how many. */
    failUnfinished: (error = INTERRUPTED): number => failUnfinished.run(error, now()).changes,
    result: (runId: number): string | null =>
      (getResult.get(runId) as { result: string | null } | undefined)?.result ?? null,
    file: (runId: number, name: string): RunFile | null =>
      (getFile.get(runId, name) as RunFile | undefined) ?? null,
    fileNames: (runId: number): string[] =>
      (fileNames.all(runId) as { name: string }[]).map((r) => r.name),
  };
}
