// Saved scenarios: their YAML text, its hash, and whether it validated (a draft with errors is kept
// with its issues, so a half-written scenario is never lost).
import type { Database } from "better-sqlite3";
import type { ApiIssue } from "../api-issue.js";

export interface ScenarioSummary {
  id: number;
  name: string;
  hash: string;
  valid: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ScenarioRecord extends ScenarioSummary {
  yaml: string;
  issues: ApiIssue[];
}

export interface ScenarioInput {
  name: string;
  yaml: string;
  hash: string;
  valid: boolean;
  issues: ApiIssue[];
}

interface Row {
  id: number;
  name: string;
  yaml: string;
  hash: string;
  valid: number;
  issues: string;
  created_at: string;
  updated_at: string;
}

const summary = (r: Omit<Row, "yaml" | "issues">): ScenarioSummary => ({
  id: r.id,
  name: r.name,
  hash: r.hash,
  valid: r.valid === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export type ScenarioStore = ReturnType<typeof scenarioStore>;

/** CRUD on the scenarios table with prepared statements. `now` gives ISO timestamps. */
export function scenarioStore(db: Database, now: () => string) {
  const list = db.prepare(
    "SELECT id, name, hash, valid, created_at, updated_at FROM scenarios ORDER BY updated_at DESC, id DESC",
  );
  const get = db.prepare("SELECT * FROM scenarios WHERE id = ?");
  const insert = db.prepare(
    `INSERT INTO scenarios (name, yaml, hash, valid, issues, created_at, updated_at)
     VALUES (@name, @yaml, @hash, @valid, @issues, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE scenarios SET name = @name, yaml = @yaml, hash = @hash, valid = @valid,
     issues = @issues, updated_at = @now WHERE id = @id`,
  );
  const remove = db.prepare("DELETE FROM scenarios WHERE id = ?");
  const params = (s: ScenarioInput) => ({
    name: s.name,
    yaml: s.yaml,
    hash: s.hash,
    valid: s.valid ? 1 : 0,
    issues: JSON.stringify(s.issues),
    now: now(),
  });
  const read = (id: number): ScenarioRecord | null => {
    const row = get.get(id) as Row | undefined;
    if (!row) return null;
    return { ...summary(row), yaml: row.yaml, issues: JSON.parse(row.issues) as ApiIssue[] };
  };
  return {
    list: (): ScenarioSummary[] => (list.all() as Row[]).map(summary),
    get: read,
    create(s: ScenarioInput): ScenarioRecord {
      const { lastInsertRowid } = insert.run(params(s));
      return read(Number(lastInsertRowid)) as ScenarioRecord;
    },
    /** Replaces a scenario's fields; null when there is no such scenario. */
    update(id: number, s: ScenarioInput): ScenarioRecord | null {
      const { changes } = update.run({ ...params(s), id });
      return changes === 0 ? null : read(id);
    },
    /** True when a scenario was deleted. Its runs stay, with no scenario id. */
    delete: (id: number): boolean => remove.run(id).changes > 0,
  };
}
