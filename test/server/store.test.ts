import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrate } from "../../src/server/db/migrate.js";
import { INTERRUPTED } from "../../src/server/db/run-store.js";
import { createStore, type Store } from "../../src/server/db/store.js";

const dirs: string[] = [];
const tempDb = () => {
  const dir = mkdtempSync(join(tmpdir(), "leverage-store-"));
  dirs.push(dir);
  return join(dir, "nested", "leverage.db");
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const scenario = { name: "s", yaml: "name: s\n", hash: "h1", valid: true, issues: [] };
const newRun = (store: Store, scenarioId: number) =>
  store.runs.create({
    scenarioId,
    scenarioHash: "h1",
    yaml: "name: s\n",
    seed: 7,
    samples: 100,
    dataVersion: "d",
    appVersion: "a",
  });

describe("createStore(path)", () => {
  it("creates the file (and its folder) in WAL mode with foreign keys on, migration 1 recorded once", () => {
    const path = tempDb();
    const store = createStore(path);
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(store.db.prepare("SELECT version, name FROM schema_migrations").all()).toEqual([
      { version: 1, name: "initial" },
    ]);
    expect(migrate(store.db)).toEqual([]);
    store.close();
    const again = createStore(path);
    expect(again.db.prepare("SELECT count(*) AS n FROM schema_migrations").get()).toEqual({ n: 1 });
    again.close();
  });

  it("applies a later numbered migration after the earlier ones, in version order", () => {
    const store = createStore(":memory:");
    const applied = migrate(store.db, [
      { version: 3, name: "c", sql: "ALTER TABLE scenarios ADD COLUMN c TEXT" },
      { version: 2, name: "b", sql: "ALTER TABLE scenarios ADD COLUMN b TEXT" },
      { version: 1, name: "initial", sql: "SELECT 1" },
    ]);
    expect(applied).toEqual([2, 3]);
    store.close();
  });

  it("keeps scenarios across a reopen and marks runs left queued or running failed", () => {
    const path = tempDb();
    const store = createStore(path);
    const s = store.scenarios.create(scenario);
    const queued = newRun(store, s.id);
    const running = newRun(store, s.id);
    store.runs.markRunning(running.runId);
    store.runs.setProgress(running.runId, 0.4);
    const done = newRun(store, s.id);
    store.runs.finish(done.runId, "{}", []);
    store.close();

    const reopened = createStore(path);
    expect(reopened.scenarios.get(s.id)).toMatchObject({
      name: "s",
      yaml: "name: s\n",
      valid: true,
    });
    for (const id of [queued.runId, running.runId]) {
      expect(reopened.runs.get(id)).toMatchObject({ status: "failed", error: INTERRUPTED });
      expect(reopened.runs.get(id)?.finishedAt).toEqual(expect.any(String));
      expect(reopened.runs.result(id)).toBeNull();
    }
    expect(reopened.runs.get(done.runId)?.status).toBe("done");
    reopened.close();
  });
});

describe("runStore.finish(runId, result, files)", () => {
  it("writes the result and every file in one transaction: a failing file leaves no partial result", () => {
    const store = createStore(":memory:");
    const s = store.scenarios.create(scenario);
    const run = newRun(store, s.id);
    store.runs.markRunning(run.runId);
    const file = { name: "report.md", contentType: "text/markdown", body: "# r" };
    // The second row breaks the (run_id, name) key, so the transaction rolls back.
    expect(() => store.runs.finish(run.runId, '{"x":1}', [file, file])).toThrow(/UNIQUE/);
    expect(store.runs.get(run.runId)).toMatchObject({ status: "running", progress: 0 });
    expect(store.runs.result(run.runId)).toBeNull();
    expect(store.runs.fileNames(run.runId)).toEqual([]);

    expect(store.runs.finish(run.runId, '{"x":1}', [file])).toBe(true);
    expect(store.runs.get(run.runId)).toMatchObject({ status: "done", progress: 1 });
    expect(store.runs.result(run.runId)).toBe('{"x":1}');
    expect(store.runs.file(run.runId, "report.md")).toEqual(file);
    store.close();
  });

  it("does nothing for a run already failed (a late finish after shutdown), and fail() does not undo done", () => {
    const store = createStore(":memory:");
    const s = store.scenarios.create(scenario);
    const a = newRun(store, s.id);
    store.runs.fail(a.runId, "stopped");
    expect(store.runs.finish(a.runId, "{}", [{ name: "f", contentType: "t", body: "b" }])).toBe(
      false,
    );
    expect(store.runs.get(a.runId)).toMatchObject({ status: "failed", error: "stopped" });
    expect(store.runs.fileNames(a.runId)).toEqual([]);
    const b = newRun(store, s.id);
    store.runs.finish(b.runId, "{}", []);
    store.runs.fail(b.runId, "too late");
    expect(store.runs.get(b.runId)?.status).toBe("done");
    store.close();
  });

  it("keeps a deleted scenario's runs, with no scenario id", () => {
    const store = createStore(":memory:");
    const s = store.scenarios.create(scenario);
    const run = newRun(store, s.id);
    expect(store.scenarios.delete(s.id)).toBe(true);
    expect(store.scenarios.delete(s.id)).toBe(false);
    expect(store.runs.get(run.runId)).toMatchObject({ scenarioId: null, scenarioHash: "h1" });
    store.close();
  });
});
