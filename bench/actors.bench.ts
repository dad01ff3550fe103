// Actor models: KTAB's SMP on its own inputs (in process, and the whole CLI as a process), and the
// expected-utility model on 100 actors × 50 rounds. KTAB -O2 on this machine: 0.29 s (SOE-Pol-Comp)
// and 4.57 s (SOE-Competitive) as whole processes; the targets are 10× faster.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { type ActorInput, createRng, parseKtabCsv, runBdm, runSmp } from "../src/core/index.js";
import { measure, record, type Timing } from "./measure.js";

function ktab(file: string) {
  const parsed = parseKtabCsv(readFileSync(`data/ktab/${file}`, "utf8"));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const polComp = ktab("SOE-Pol-Comp.csv");
const competitive = ktab("SOE-Competitive.csv");
const rng = createRng(2021);
const hundred: ActorInput[] = Array.from({ length: 100 }, (_, i) => ({
  name: `A${i}`,
  capability: 1 + 9 * rng(),
  position: [100 * rng()],
  salience: [0.2 + 0.8 * rng()],
}));

const timings: Timing[] = [
  measure(
    "smp SOE-Pol-Comp (13 × 2), in process",
    () => runSmp(polComp.actors, polComp.dimensions),
    30,
  ),
  measure(
    "smp SOE-Competitive (34 × 1), in process",
    () => runSmp(competitive.actors, competitive.dimensions),
    10,
  ),
  measure(
    "bdm 100 actors × 50 rounds",
    () => runBdm(hundred, ["x"], { maxRounds: 50, tolerance: -1 }),
    3,
    1,
  ),
];

// The whole command, process start included (needs `npm run build`).
const cliMs: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const run = spawnSync("./bin/leverage", [
    "actors",
    "--model",
    "smp",
    "--ktab-csv",
    "data/ktab/SOE-Competitive.csv",
    "--json",
  ]);
  cliMs.push(performance.now() - t0);
  if (run.status !== 0) throw new Error(`CLI failed: ${run.stderr}`);
}
cliMs.sort((a, b) => a - b);
timings.push({
  name: "CLI actors --model smp SOE-Competitive (whole process)",
  runs: 5,
  medianMs: cliMs[2],
  p95Ms: cliMs[4],
  minMs: cliMs[0],
});

const ktabMs = { "SOE-Pol-Comp": 290, "SOE-Competitive": 4570 };
record("actors", timings, {
  ktabMs,
  speedup: {
    polCompInProcess: ktabMs["SOE-Pol-Comp"] / timings[0].medianMs,
    competitiveInProcess: ktabMs["SOE-Competitive"] / timings[1].medianMs,
    competitiveCli: ktabMs["SOE-Competitive"] / timings[3].medianMs,
  },
});
