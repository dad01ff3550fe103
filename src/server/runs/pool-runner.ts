// The real scenario runner: validation in this thread (it is quick), runs on the worker pool.
import { validateScenarioText } from "../../app/scenario/run-scenario.js";
import { createScenarioPool } from "../../workers/scenario-pool.js";
import type { ScenarioRunner } from "./scenario-runner.js";

export function poolRunner(threads = 1): ScenarioRunner {
  const pool = createScenarioPool(threads);
  return {
    validate: (yaml, fileName) => validateScenarioText(yaml, fileName),
    run: (yaml, options) =>
      pool.run(
        { yaml, fileName: options.fileName, samples: options.samples, seed: options.seed },
        (message) => {
          if (message.type === "start") options.onStart?.();
          else options.onProgress?.(message.fraction);
        },
      ),
    close: () => pool.close(),
  };
}
