// The store the server uses: one SQLite database holding scenarios and runs.
import type { Database } from "better-sqlite3";
import { openDatabase } from "./open-database.js";
import { type RunStore, runStore } from "./run-store.js";
import { type ScenarioStore, scenarioStore } from "./scenario-store.js";

export interface Store {
  scenarios: ScenarioStore;
  runs: RunStore;
  /** The open connection, for tests and maintenance. */
  db: Database;
  close: () => void;
}

/**
 * Opens (and migrates) the database at `path` (":memory:" for tests). Runs that an earlier process
 * left queued or running are marked failed at once: their worker died with that process.
 */
export function createStore(path: string, now = () => new Date().toISOString()): Store {
  const db = openDatabase(path);
  const runs = runStore(db, now);
  runs.failUnfinished();
  return {
    scenarios: scenarioStore(db, now),
    runs,
    db,
    close: () => {
      if (db.open) db.close();
    },
  };
}
