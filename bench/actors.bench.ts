// Actor models in process: KTAB's SMP on its own inputs, and the expected-utility model on
// 100 actors × 50 rounds. The whole command as a process, against KTAB's smpc (0.29 s on
// SOE-Pol-Comp and 4.57 s on SOE-Competitive, -O2, this kind of machine), is actors-cli.bench.ts.
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
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

record("actors", timings, { loadavg: loadavg() });
