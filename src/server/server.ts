// Starts the HTTP server: opens the store (failing runs an earlier process left unfinished), wires
// the worker pools, listens, and closes everything on shutdown.
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { createBargainingPool } from "../workers/bargaining-pool.js";
import { createApp } from "./app.js";
import { createStore } from "./db/store.js";
import { poolRunner } from "./runs/pool-runner.js";
import { createRunService } from "./runs/run-service.js";
import type { ScenarioRunner } from "./runs/scenario-runner.js";
import { currentVersions } from "./versions.js";

export interface ServerOptions {
  host: string;
  port: number;
  dbPath: string;
  /** The dashboard's build folder (default: dist/web beside the compiled server). */
  webRoot?: string;
  /** The scenario runner (default: the worker pool over app/scenario/run-scenario). */
  runner?: ScenarioRunner;
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** dist/web from dist/server (compiled) or from src/server (under tsx), when it exists. */
export function defaultWebRoot(): string | undefined {
  const root = fileURLToPath(new URL("../../dist/web", import.meta.url));
  return existsSync(root) ? root : undefined;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const store = createStore(options.dbPath);
  const runner = options.runner ?? poolRunner(1);
  const bargaining = createBargainingPool(1);
  const versions = currentVersions();
  const runs = createRunService(store, runner, versions);
  const app = createApp({
    store,
    runner,
    runs,
    versions,
    bargainingExecutor: bargaining.execute,
    precomputeBreakouts: true,
    webRoot: options.webRoot ?? defaultWebRoot(),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () =>
      resolve(s),
    );
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // Runs still going die with their workers: say so now rather than at the next start.
      store.runs.failUnfinished();
      await Promise.allSettled([runner.close(), bargaining.close()]);
      store.close();
    })();
    return closing;
  };
  return { url: `http://${host}:${port}`, close };
}
