// Times the flagship scenario at its default sample count: in process (one thread, and with the
// bargaining draws on a pool of 2), and as the compiled CLI (`./bin/leverage run`, after
// `npm run build`). Run: node --import tsx bench/scenario.bench.ts
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { runScenarioText } from "../src/app/scenario/run-scenario.js";
import { createBargainingPool } from "../src/workers/bargaining-pool.js";
import { measureAsync, record, type Timing } from "./measure.js";

const FILE = "scenarios/vienna-2021-11-29.yaml";
const text = readFileSync(FILE, "utf8");

const timings: Timing[] = [];
timings.push(
  await measureAsync(
    "flagship run, in process, one thread",
    () => runScenarioText(text, { fileName: FILE }),
    2,
  ),
);
const pool = createBargainingPool(2);
timings.push(
  await measureAsync(
    "flagship run, in process, pool of 2 (tsx workers)",
    () => runScenarioText(text, { fileName: FILE, executor: pool.execute }),
    2,
  ),
);
await pool.close();
timings.push(
  await measureAsync(
    "CLI ./bin/leverage run (dist, 2 threads, whole process)",
    () => {
      const r = spawnSync("./bin/leverage", ["run", FILE, "--out", "/tmp/leverage-bench-vienna"], {
        encoding: "utf8",
      });
      if (r.status !== 0) throw new Error(r.stderr);
    },
    3,
  ),
);
record("scenario", timings, { scenario: FILE, samples: 4000, sensitivitySamples: 800, cores: 2 });
