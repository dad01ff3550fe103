// The first schema: saved scenarios, their runs, and each run's files (report, charts, result).
// A run's files and its final status are written in one transaction (run-store.ts), so a run that
// dies halfway has no files at all.
export const version = 1;
export const name = "initial";
export const sql = `
CREATE TABLE scenarios (
  id         INTEGER PRIMARY KEY,
  name       TEXT    NOT NULL,
  yaml       TEXT    NOT NULL,
  hash       TEXT    NOT NULL,
  valid      INTEGER NOT NULL CHECK (valid IN (0, 1)),
  issues     TEXT    NOT NULL DEFAULT '[]',
  created_at TEXT    NOT NULL,
  updated_at TEXT    NOT NULL
);

CREATE TABLE runs (
  id            INTEGER PRIMARY KEY,
  scenario_id   INTEGER REFERENCES scenarios (id) ON DELETE SET NULL,
  scenario_hash TEXT    NOT NULL,
  scenario_yaml TEXT    NOT NULL,
  seed          INTEGER NOT NULL,
  samples       INTEGER,
  data_version  TEXT    NOT NULL,
  app_version   TEXT    NOT NULL,
  status        TEXT    NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  progress      REAL    NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
  error         TEXT,
  issues        TEXT,
  result        TEXT,
  started_at    TEXT    NOT NULL,
  finished_at   TEXT
);
CREATE INDEX runs_by_scenario ON runs (scenario_id, id);
CREATE INDEX runs_by_status ON runs (status);

CREATE TABLE run_files (
  run_id       INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  name         TEXT    NOT NULL,
  content_type TEXT    NOT NULL,
  body         TEXT    NOT NULL,
  PRIMARY KEY (run_id, name)
);
`;
