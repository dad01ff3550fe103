// Runs every strategy of a config (and their tornadoes) through an executor that maps chunk tasks
// to tallies: in-process, or a worker pool. The result depends on the seed only.
import { distQuantile } from "../uncertain/index.js";
import type { BargainingConfig } from "./config-schema.js";
import {
  type BargainingChunkTask,
  type BargainingTally,
  bargainingChunks,
  mergeBargainingTallies,
  runBargainingChunk,
} from "./monte-carlo.js";
import { uncertainInputs } from "./resolve-draw.js";
import {
  bargainingConfigHash,
  pDealByWeekFromTally,
  type StrategyResult,
  summarizeBargainingStrategy,
  type TornadoRow,
} from "./strategy-summary.js";

/** Maps tasks to tallies, in the same order. */
export type BargainingExecutor = (tasks: BargainingChunkTask[]) => Promise<BargainingTally[]>;

/** Runs the tasks one after another in this thread. */
export const inProcessExecutor: BargainingExecutor = async (tasks) => tasks.map(runBargainingChunk);

export interface RunTableOptions {
  /** Draws per strategy, ≥ 1. */
  samples: number;
  seed: number;
  /** Draws per tornado bar end (0 = no tornado). */
  tornadoSamples?: number;
  /** Draws per chunk (fixed, so results do not depend on threads). */
  chunkSize?: number;
}

/** A batch of draws: one strategy, optionally with an input pinned. */
interface Batch {
  strategy: number;
  fixed?: { path: string; value: number };
  draws: number;
}

/**
 * Every strategy's result, with P(deal by date) tornadoes over its uncertain inputs, each pinned at
 * its 10th and 90th percentile with the others drawn as usual (common random numbers: same seed).
 */
export async function runBargainingTable(
  config: BargainingConfig,
  options: RunTableOptions,
  execute: BargainingExecutor = inProcessExecutor,
): Promise<StrategyResult[]> {
  const { samples, seed, tornadoSamples = 0, chunkSize = 250 } = options;
  const hash = bargainingConfigHash(config);
  const batches: Batch[] = config.strategies.map((_, strategy) => ({ strategy, draws: samples }));
  const tornadoInputs = config.strategies.map((_, s) =>
    tornadoSamples > 0 ? uncertainInputs(config, s) : [],
  );
  tornadoInputs.forEach((inputs, strategy) => {
    if (tornadoSamples === 0) return;
    batches.push({ strategy, draws: tornadoSamples });
    for (const { path, dist, range } of inputs)
      for (const p of [0.1, 0.9]) {
        const value = Math.min(range.high, Math.max(range.low, distQuantile(dist, p)));
        batches.push({ strategy, draws: tornadoSamples, fixed: { path, value } });
      }
  });
  const tasks: BargainingChunkTask[] = [];
  const owner: number[] = [];
  batches.forEach((b, i) => {
    for (const { chunk, draws } of bargainingChunks(b.draws, chunkSize)) {
      tasks.push({ config, strategy: b.strategy, seed, chunk, draws, fixed: b.fixed });
      owner.push(i);
    }
  });
  const tallies = await execute(tasks);
  const merged = batches.map((_, i) =>
    mergeBargainingTallies(
      config,
      tallies.filter((_, j) => owner[j] === i),
    ),
  );

  const results = config.strategies.map((_, s) =>
    summarizeBargainingStrategy(config, s, merged[s], seed, hash),
  );
  if (tornadoSamples === 0) return results;
  let next = config.strategies.length;
  const dealBy = config.game.dealByWeek;
  for (let s = 0; s < results.length; s++) {
    const base = pDealByWeekFromTally(merged[next++], dealBy);
    const rows: TornadoRow[] = tornadoInputs[s].map(({ path }) => {
      const low = merged[next++];
      const high = merged[next++];
      return {
        input: path,
        low: batches[next - 2].fixed?.value as number,
        high: batches[next - 1].fixed?.value as number,
        metricAtLow: pDealByWeekFromTally(low, dealBy),
        metricAtHigh: pDealByWeekFromTally(high, dealBy),
      };
    });
    rows.sort(
      (a, b) => Math.abs(b.metricAtHigh - b.metricAtLow) - Math.abs(a.metricAtHigh - a.metricAtLow),
    );
    results[s].tornado = { metric: `P(deal by week ${dealBy})`, base, rows, percent: true };
  }
  return results;
}
