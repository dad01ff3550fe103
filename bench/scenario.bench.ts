// Times the flagship scenario at its default sample count: in process (one thread, and with the
// bargaining draws on a pool of 2), and as the compiled CLI (`./bin/leverage run`, after
// `npm run build`). Run: node --import tsx bench/scenario.bench.ts
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { runScenarioText } from "../src/report/run-scenario-file.js";
import { createBargainingPool } from "../src/workers/bargaining-pool.js";
import { record, type Timing } from "./measure.js";

const FILE = "scenarios/vienna-2021-11-29.yaml";
const text = readFileSync(FILE, "utf8");

async function time(
  name: string,
  runs: number,
  fn: () => Promise<unknown> | unknown,
): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
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

const timings: Timing[] = [];
timings.push(
  await time("flagship run, in process, one thread", 2, () =>
    runScenarioText(text, { fileName: FILE }),
  ),
);
const pool = createBargainingPool(2);
timings.push(
  await time("flagship run, in process, pool of 2 (tsx workers)", 2, () =>
    runScenarioText(text, { fileName: FILE, executor: pool.execute }),
  ),
);
await pool.close();
timings.push(
  await time("CLI ./bin/leverage run (dist, 2 threads, whole process)", 3, () => {
    const r = spawnSync("./bin/leverage", ["run", FILE, "--out", "/tmp/leverage-bench-vienna"], {
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(r.stderr);
  }),
);
record("scenario", timings, { scenario: FILE, samples: 4000, sensitivitySamples: 800, cores: 2 });
