// The clock's speed targets (issue 2): one plan ≤ 2 ms median; 10,000 draws ≤ 2 s on one core;
// `history` over every report at 2,000 draws ≤ 15 s; `leverage --help` well under 0.5 s.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { history } from "../src/app/history/history.js";
import {
  breakoutMonteCarlo,
  compileBreakout,
  defaultAssumptions,
  describePlan,
  medianParameters,
  resolveProgramState,
} from "../src/core/index.js";
import { loadMachineTypes, loadReports } from "../src/data/index.js";
import { measure, record } from "./measure.js";

const { reports } = loadReports();
const { machineTypes } = loadMachineTypes();
const assumptions = defaultAssumptions(machineTypes);
const stateOf = (label: string) => {
  const r = resolveProgramState(reports, label, machineTypes);
  if (!r.ok) throw new Error(r.error);
  return r.state;
};

const timings = [
  measure(
    "plan: resolve + compile + central plan, report 2021-11",
    () => {
      const model = compileBreakout(stateOf("2021-11"), assumptions);
      return describePlan(model, medianParameters(assumptions));
    },
    500,
  ),
  measure(
    "plan: resolve + compile + central plan, report 2023-11",
    () => {
      const model = compileBreakout(stateOf("2023-11"), assumptions);
      return describePlan(model, medianParameters(assumptions));
    },
    500,
  ),
  measure(
    "Monte Carlo: 10,000 draws, report 2021-11 (one core)",
    () => {
      breakoutMonteCarlo(compileBreakout(stateOf("2021-11"), assumptions), 10_000, 1, 3);
    },
    10,
    2,
  ),
  measure(
    "Monte Carlo: 10,000 draws, report 2025-02 (one core)",
    () => {
      breakoutMonteCarlo(compileBreakout(stateOf("2025-02"), assumptions), 10_000, 1, 3);
    },
    10,
    2,
  ),
  measure(
    `history: ${reports.length} reports × 2,000 draws (in process)`,
    () => {
      history({ samples: 2000, seed: 1, options: {} });
    },
    3,
    1,
  ),
];

// Whole processes, as a user runs them (compiled JavaScript: run `npm run build` first).
const processTime = (args: string[], runs = 5) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync("./bin/leverage", args, { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    name: `process: leverage ${args.join(" ")}`,
    runs,
    medianMs: times[Math.floor(runs / 2)],
    p95Ms: times[runs - 1],
    minMs: times[0],
  };
};
timings.push(processTime(["--help"], 9));
timings.push(processTime(["breakout", "--report", "2021-11", "--seed", "1", "--json"], 5));
timings.push(processTime(["history", "--seed", "1", "--samples", "2000", "--json"], 3));

record("breakout", timings, {
  targets: { planMedianMs: 2, monteCarlo10kMs: 2000, history2000Ms: 15000, helpMs: 500 },
});
