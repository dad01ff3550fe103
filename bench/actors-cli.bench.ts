// `leverage actors --model smp --ktab-csv FILE --json` as a whole process (Node's start, module
// loading, the model and the JSON), against KTAB's `smpc` on the same inputs. Needs `npm run build`
// (bin/leverage runs dist/). KTAB's figures: smpc built at -O2 from KTAB commit 3b5b063, whole
// process with its log and SQLite database, on this kind of machine (2 cores): 0.29 s on
// SOE-Pol-Comp and 4.57 s on SOE-Competitive. The machine is shared: the load average is recorded
// beside the figures, and they mean most on a quiet machine.
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { record, type Timing } from "./measure.js";

const KTAB_MS: Record<string, number> = { "SOE-Pol-Comp": 290, "SOE-Competitive": 4570 };
const FILES = [
  ["SOE-Pol-Comp", 30],
  ["SOE-Competitive", 10],
  ["SOE-Policy", 10],
  ["dummyData_3Dim", 10],
  ["dummyData-a040", 10],
] as const;

/** Times `command args` as a process, `runs` times after 2 warm-ups; returns the last stdout. */
function timeProcess(name: string, command: string, args: string[], runs: number) {
  const times: number[] = [];
  let stdout = "";
  for (let i = -2; i < runs; i++) {
    const t0 = performance.now();
    const run = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 26 });
    const ms = performance.now() - t0;
    if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr}`);
    if (i >= 0) times.push(ms);
    stdout = run.stdout;
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  const timing: Timing = { name, runs, medianMs: at(0.5), p95Ms: at(0.95), minMs: times[0] };
  return { timing, stdout };
}

const loadBefore = loadavg();
const timings: Timing[] = [
  timeProcess("node -e 0 (Node's own start)", "node", ["-e", "0"], 30).timing,
];
const states: Record<string, number> = {};
for (const [file, runs] of FILES) {
  const args = ["actors", "--model", "smp", "--ktab-csv", `data/ktab/${file}.csv`, "--json"];
  const { timing, stdout } = timeProcess(
    `CLI actors smp ${file} (whole process)`,
    "./bin/leverage",
    args,
    runs,
  );
  timings.push(timing);
  states[file] = JSON.parse(stdout).states;
}
const loadAfter = loadavg();
const median = (file: string) =>
  timings.find((t) => t.name.includes(` ${file} `))?.medianMs ?? Number.NaN;
record("actors-cli", timings, {
  loadavg: { before: loadBefore, after: loadAfter },
  states,
  ktabMs: KTAB_MS,
  // How many times faster than KTAB's smpc, whole process against whole process.
  ktabOverLeverage: Object.fromEntries(
    Object.entries(KTAB_MS).map(([f, ms]) => [f, ms / median(f)]),
  ),
  targetMs: { "SOE-Pol-Comp": 150 },
});
