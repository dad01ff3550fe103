// The bargaining table's speed: one 104-week solve, and 5 strategies × 10,000 draws (in one
// thread, on the worker pool, and through the compiled CLI end to end).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { parseTableConfig } from "../src/cli/table/load-config.js";
import {
  createRng,
  inProcessExecutor,
  resolveGameDraw,
  rngDraw,
  runBargainingTable,
  solveBargainingGame,
} from "../src/core/index.js";
import { createBargainingPool } from "../src/workers/bargaining-pool.js";
import { measure, record, type Timing } from "./measure.js";

const loaded = parseTableConfig(readFileSync("scenarios/vienna-2021-table.yaml", "utf8"), "vienna");
if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
const config = loaded.config;

// The richest strategy: deadline, snapback, strike, Iran's option, ratification, differing beliefs.
const inara = config.strategies.findIndex((s) => s.ratification);
const draws = Array.from({ length: 64 }, (_, i) =>
  resolveGameDraw(config, inara, rngDraw(createRng(1, i))),
);
let k = 0;
const timings: Timing[] = [
  measure(
    "solve one draw, 104 weeks (INARA strategy)",
    () => solveBargainingGame(draws[k++ % draws.length]),
    2000,
    200,
  ),
];

async function timeRuns(name: string, runs: number, fn: () => unknown): Promise<Timing> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    runs,
    medianMs: times[Math.floor(runs / 2)],
    p95Ms: times[runs - 1],
    minMs: times[0],
  };
}

const threads = availableParallelism();
const table = { samples: 10_000, seed: 7 };
timings.push(
  await timeRuns("5 strategies × 10,000 draws, in one thread", 3, () =>
    runBargainingTable(config, table, inProcessExecutor),
  ),
);
// Under tsx each worker compiles the TypeScript on start, so boot the pool before timing it.
const pool = createBargainingPool(threads);
await pool.execute([{ config, strategy: 0, seed: 1, chunk: 0, draws: 1 }]);
timings.push(
  await timeRuns(`5 strategies × 10,000 draws, pool of ${threads} (booted, tsx)`, 3, () =>
    runBargainingTable(config, table, pool.execute),
  ),
);
await pool.close();
// The user's view: the compiled CLI end to end (process start, pool boot, run), if built.
if (existsSync("dist/cli/main.js")) {
  const args = ["dist/cli/main.js", "table", "--config", "scenarios/vienna-2021-table.yaml"];
  const flags = ["--samples", "10000", "--seed", "7", "--tornado-samples", "0", "--json"];
  timings.push(
    await timeRuns(`CLI 'leverage table', 5 × 10,000 draws, ${threads} threads (dist)`, 3, () => {
      const run = spawnSync(process.execPath, [...args, ...flags, "--threads", String(threads)]);
      if (run.status !== 0) throw new Error(String(run.stderr));
    }),
  );
}
record("bargaining", timings, { cores: threads, horizonWeeks: config.game.horizonWeeks });
