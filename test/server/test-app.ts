// An app over an in-memory store and a fake runner, and small request helpers for app.request().
import type { Hono } from "hono";
import { createApp } from "../../src/server/app.js";
import { createStore, type Store } from "../../src/server/db/store.js";
import { createRunService, type RunService } from "../../src/server/runs/run-service.js";
import type { ScenarioRunner } from "../../src/server/runs/scenario-runner.js";
import { fakeRunner } from "./fake-runner.js";

export const VERSIONS = { appVersion: "0.0.0-test", dataVersion: "test-data" };

export interface TestApp {
  app: Hono;
  store: Store;
  runs: RunService;
  runner: ScenarioRunner;
}

export function testApp(
  runner: ScenarioRunner = fakeRunner(),
  extra: { webRoot?: string } = {},
): TestApp {
  const store = createStore(":memory:");
  const runs = createRunService(store, runner, VERSIONS);
  const app = createApp({ store, runner, runs, versions: VERSIONS, logError: () => {}, ...extra });
  return { app, store, runs, runner };
}

/** Sends JSON (or a raw string as given) with the JSON content type. */
export function send(app: Hono, method: string, path: string, body?: unknown) {
  return app.request(path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

export interface ErrorBody {
  error: {
    message: string;
    issues?: { path: string; message: string; line?: number; column?: number }[];
  };
}
