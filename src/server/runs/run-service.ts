// Starts scenario runs in the background and records them: queued → running (progress) → done with
// its files in one transaction, or failed with the reason. The HTTP request that starts a run
// returns at once with the run id.
import { randomInt } from "node:crypto";
import { MAX_SEED } from "../../core/index.js";
import { contentTypeOf } from "../content-type.js";
import type { RunFile } from "../db/run-store.js";
import type { ScenarioRecord } from "../db/scenario-store.js";
import type { Store } from "../db/store.js";
import type { ScenarioOutcome, ScenarioRunner } from "./scenario-runner.js";

export interface Versions {
  appVersion: string;
  dataVersion: string;
}

/** At most this many progress writes per second per run. */
const PROGRESS_WRITES_PER_SECOND = 4;

/** The files a finished run stores: its named files, then each chart as charts/<name>.svg. */
export function runFiles(outcome: Extract<ScenarioOutcome, { ok: true }>): RunFile[] {
  const files = Object.entries(outcome.files).map(([name, body]) => ({
    name,
    contentType: contentTypeOf(name),
    body,
  }));
  const charts = Object.entries(outcome.charts).map(([name, body]) => ({
    name: `charts/${name}.svg`,
    contentType: contentTypeOf(".svg"),
    body,
  }));
  return [...files, ...charts];
}

export type RunService = ReturnType<typeof createRunService>;

export function createRunService(store: Store, runner: ScenarioRunner, versions: Versions) {
  const inFlight = new Set<Promise<void>>();

  async function execute(runId: number, scenario: ScenarioRecord, samples?: number, seed = 0) {
    let lastWrite = 0;
    try {
      const outcome = await runner.run(scenario.yaml, {
        fileName: `${scenario.name}.yaml`,
        samples,
        seed,
        onStart: () => store.runs.markRunning(runId),
        onProgress: (fraction) => {
          const t = Date.now();
          if (t - lastWrite < 1000 / PROGRESS_WRITES_PER_SECOND) return;
          lastWrite = t;
          store.runs.markRunning(runId);
          store.runs.setProgress(runId, Math.min(0.99, fraction));
        },
      });
      if (!outcome.ok) {
        store.runs.fail(runId, "the scenario has errors", outcome.issues);
        return;
      }
      const resultJson = outcome.files["result.json"] ?? JSON.stringify(outcome.result);
      store.runs.finish(runId, resultJson, runFiles(outcome));
    } catch (error) {
      try {
        store.runs.fail(runId, `the run failed: ${(error as Error).message ?? String(error)}`);
      } catch {
        // The store is closed (shutdown): start-up marks the run failed instead.
      }
    }
  }

  return {
    /** Records a queued run of a valid scenario and starts it; returns the run id at once. */
    start(scenario: ScenarioRecord, options: { samples?: number; seed?: number }): number {
      const seed = options.seed ?? randomInt(0, MAX_SEED);
      const run = store.runs.create({
        scenarioId: scenario.id,
        scenarioHash: scenario.hash,
        yaml: scenario.yaml,
        seed,
        samples: options.samples ?? null,
        ...versions,
      });
      const job = execute(run.runId, scenario, options.samples, seed);
      inFlight.add(job);
      void job.finally(() => inFlight.delete(job));
      return run.runId;
    },
    /** Resolves when every started run has finished (for tests and shutdown). */
    idle: async () => {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}
