// A piscina pool that runs bargaining chunk tasks on worker threads. Chunk k always uses stream k,
// so the results are the same for 1, 2 or 4 threads.
import { Piscina } from "piscina";
import type { BargainingChunkTask, BargainingExecutor, BargainingTally } from "../core/index.js";

/**
 * The worker file beside this module: `bargaining-worker.ts` under tsx/vitest (which then needs
 * `--import tsx` in the worker), `bargaining-worker.js` in the compiled dist/.
 */
function workerFile(): { filename: string; execArgv: string[] } {
  const fromTs = import.meta.url.endsWith(".ts");
  return {
    filename: new URL(fromTs ? "./bargaining-worker.ts" : "./bargaining-worker.js", import.meta.url)
      .href,
    execArgv: fromTs ? ["--import", "tsx"] : [],
  };
}

/** An executor backed by a pool of `threads` workers (≥ 1), and a way to close it. */
export function createBargainingPool(threads: number): {
  execute: BargainingExecutor;
  close: () => Promise<void>;
} {
  const { filename, execArgv } = workerFile();
  const pool = new Piscina({
    filename,
    execArgv,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
  });
  return {
    execute: (tasks: BargainingChunkTask[]) =>
      Promise.all(tasks.map((task) => pool.run(task) as Promise<BargainingTally>)),
    close: () => pool.destroy(),
  };
}
