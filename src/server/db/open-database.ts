// Opens the SQLite file (or ":memory:") with the settings the store relies on, then migrates it.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import BetterSqlite3, { type Database } from "better-sqlite3";
import { migrate } from "./migrate.js";

/** The database path: `LEVERAGE_DB`, else `./leverage.db` in the folder the server starts from. */
export function databasePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.LEVERAGE_DB && env.LEVERAGE_DB.trim() !== ""
    ? env.LEVERAGE_DB
    : resolve("leverage.db");
}

/**
 * Opens `path` with WAL (readers never wait for the writer; a crash leaves the last committed
 * state), foreign keys on, and a busy timeout for a second process on the same file.
 */
export function openDatabase(path: string): Database {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  // WAL with synchronous=NORMAL is durable across a killed process (not across power loss).
  db.pragma("synchronous = NORMAL");
  migrate(db);
  return db;
}
