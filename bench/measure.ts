import { mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

export interface Timing {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
}

/** Median, p95 and min of a set of times (ms). */
function summarise(name: string, times: number[]): Timing {
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { name, runs: times.length, medianMs: at(0.5), p95Ms: at(0.95), minMs: times[0] };
}

/** Times `fn` after a warm-up: median, p95 and min over `runs` calls, in milliseconds. */
export function measure(name: string, fn: () => unknown, runs = 50, warmup = 5): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return summarise(name, times);
}

/**
 * `measure` for async work (a pool, a child process, Squiggle's run()): the runs one after another,
 * in a block, so one job's garbage collection does not land in another's timings.
 */
export async function measureAsync(
  name: string,
  fn: () => unknown,
  runs: number,
  warmup = 0,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return summarise(name, times);
}

/** Prints timings as a table and records them (with the machine) in bench/results/<file>.json. */
export function record(file: string, timings: Timing[], extra: Record<string, unknown> = {}): void {
  for (const t of timings) {
    process.stdout.write(
      `${t.name.padEnd(60)} median ${t.medianMs.toFixed(3).padStart(10)} ms   p95 ${t.p95Ms.toFixed(3).padStart(10)} ms   (${t.runs} runs)\n`,
    );
  }
  mkdirSync("bench/results", { recursive: true });
  const machine = { node: process.version, platform: process.platform, arch: process.arch };
  writeFileSync(
    `bench/results/${file}.json`,
    `${JSON.stringify({ machine, timings, ...extra }, null, 2)}\n`,
  );
}
