// The bargaining table's speed: one 104-week solve, and 5 strategies × 10,000 draws (in one
// thread, on the worker pool, and through the compiled CLI end to end).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parseTableConfig } from "../src/app/table/table-config.js";
import {
  createRng,
  inProcessExecutor,
  resolveGameDraw,
  rngDraw,
  runBargainingTable,
  solveBargainingGame,
} from "../src/core/index.js";
import { createBargainingPool } from "../src/workers/bargaining-pool.js";
import { measure, measureAsync, record, type Timing } from "./measure.js";

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

const threads = availableParallelism();
const table = { samples: 10_000, seed: 7 };
timings.push(
  await measureAsync(
    "5 strategies × 10,000 draws, in one thread",
    () => runBargainingTable(config, table, inProcessExecutor),
    3,
  ),
);
// Under tsx each worker compiles the TypeScript on start, so boot the pool before timing it.
const pool = createBargainingPool(threads);
await pool.execute([{ config, strategy: 0, seed: 1, chunk: 0, draws: 1 }]);
timings.push(
  await measureAsync(
    `5 strategies × 10,000 draws, pool of ${threads} (booted, tsx)`,
    () => runBargainingTable(config, table, pool.execute),
    3,
  ),
);
await pool.close();
// The user's view: the compiled CLI end to end (process start, pool boot, run), if built.
if (existsSync("dist/cli/main.js")) {
  const args = ["dist/cli/main.js", "table", "--config", "scenarios/vienna-2021-table.yaml"];
  const flags = ["--samples", "10000", "--seed", "7", "--tornado-samples", "0", "--json"];
  timings.push(
    await measureAsync(
      `CLI 'leverage table', 5 × 10,000 draws, ${threads} threads (dist)`,
      () => {
        const run = spawnSync(process.execPath, [...args, ...flags, "--threads", String(threads)]);
        if (run.status !== 0) throw new Error(String(run.stderr));
      },
      3,
    ),
  );
}
record("bargaining", timings, { cores: threads, horizonWeeks: config.game.horizonWeeks });
