// A piscina pool that runs scenarios on worker threads, so the API stays responsive during a run.
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import type { RunScenarioTextResult } from "../app/scenario/run-scenario.js";
import type { ScenarioMessage, ScenarioTask } from "./scenario-worker.js";

/** The worker beside this module: .ts under tsx/vitest (with `--import tsx`), .js in dist/. */
function workerFile(): { filename: string; execArgv: string[] } {
  const fromTs = import.meta.url.endsWith(".ts");
  return {
    filename: new URL(fromTs ? "./scenario-worker.ts" : "./scenario-worker.js", import.meta.url)
      .href,
    execArgv: fromTs ? ["--import", "tsx"] : [],
  };
}

export interface ScenarioPool {
  run(
    task: Omit<ScenarioTask, "port">,
    onMessage: (message: ScenarioMessage) => void,
  ): Promise<RunScenarioTextResult>;
  close(): Promise<void>;
}

/** A pool of `threads` workers (≥ 1); runs beyond that wait in its queue. */
export function createScenarioPool(threads = 1): ScenarioPool {
  const { filename, execArgv } = workerFile();
  const pool = new Piscina({
    filename,
    execArgv,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 30_000,
  });
  return {
    async run(task, onMessage) {
      const { port1, port2 } = new MessageChannel();
      port1.on("message", onMessage);
      try {
        return (await pool.run(
          { ...task, port: port2 },
          { transferList: [port2] },
        )) as RunScenarioTextResult;
      } finally {
        port1.close();
      }
    },
    close: () => pool.destroy(),
  };
}
