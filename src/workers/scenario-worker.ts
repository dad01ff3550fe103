// The piscina worker for scenario runs: one scenario's YAML in, its result and files out. Progress
// goes back to the server over the MessagePort that comes with the task.
import type { MessagePort } from "node:worker_threads";
import { runScenarioText } from "../app/scenario/run-scenario.js";

export interface ScenarioTask {
  yaml: string;
  fileName: string;
  samples?: number;
  seed: number;
  port: MessagePort;
}

/** Messages on the task's port: the run started, or it has done `fraction` (0–1) of its work. */
export type ScenarioMessage = { type: "start" } | { type: "progress"; fraction: number };

export default async function runScenarioTask(task: ScenarioTask) {
  const { port } = task;
  const post = (message: ScenarioMessage) => port.postMessage(message);
  post({ type: "start" });
  try {
    return await runScenarioText(task.yaml, {
      fileName: task.fileName,
      samples: task.samples,
      seed: task.seed,
      onProgress: (fraction) => post({ type: "progress", fraction }),
    });
  } finally {
    port.close();
  }
}
