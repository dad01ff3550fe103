// The game's part of a scenario run: every strategy at the full sample count, then one-at-a-time
// sensitivity batches (each uncertain input pinned at its p5 and p95, the others drawn with the
// same seed), all as chunk tasks for an executor (in-process or a worker pool).
import {
  type BargainingChunkTask,
  type BargainingConfig,
  type BargainingExecutor,
  type BargainingTally,
  bargainingChunks,
  mergeBargainingTallies,
  uncertainInputs,
} from "../bargaining/index.js";
import { distQuantile } from "../uncertain/index.js";
import type { GameSeries } from "./game-series.js";

/** The pseudo-input for the clock's band: the whole breakout series at its p5 or p95. */
export const SERIES_INPUT = "clock.breakoutDays";

export interface PinnedInput {
  path: string;
  /** The pinned values at the input's p5 and p95 (for the series: its first point's days). */
  low: number;
  high: number;
}

/** Merged tallies: main[s], base[s] (sensitivity size), pinned[s][path] = [at p5, at p95]. */
export interface GameTallies {
  main: BargainingTally[];
  base: BargainingTally[];
  pinned: Record<string, [BargainingTally, BargainingTally]>[];
  /** Every input pinned, per strategy, with its p5 and p95. */
  inputs: PinnedInput[][];
}

interface Batch {
  strategy: number;
  draws: number;
  config: BargainingConfig;
  fixed?: { path: string; value: number };
  key: string;
}

const clip = (x: number, r: { low: number; high: number }) => Math.min(r.high, Math.max(r.low, x));

/** Runs the batches through `execute` in slices, reporting the share done after each. */
export async function runGameBatches(
  config: BargainingConfig,
  series: GameSeries | null,
  options: { samples: number; sensitivitySamples: number; seed: number },
  execute: BargainingExecutor,
  onProgress: (done: number, total: number) => void,
): Promise<GameTallies> {
  const batches: Batch[] = [];
  const inputs: PinnedInput[][] = [];
  const withSeries = (points: GameSeries["p5"]): BargainingConfig => ({
    ...config,
    game: { ...config.game, seriesWeeks: points },
  });
  config.strategies.forEach((_, s) => {
    batches.push({ strategy: s, draws: options.samples, config, key: `${s}|main` });
    batches.push({ strategy: s, draws: options.sensitivitySamples, config, key: `${s}|base` });
    const pinned: PinnedInput[] = [];
    for (const { path, dist, range } of uncertainInputs(config, s)) {
      const [low, high] = [0.05, 0.95].map((p) => clip(distQuantile(dist, p), range));
      pinned.push({ path, low, high });
      batches.push({
        strategy: s,
        draws: options.sensitivitySamples,
        config,
        fixed: { path, value: low },
        key: `${s}|${path}|0`,
      });
      batches.push({
        strategy: s,
        draws: options.sensitivitySamples,
        config,
        fixed: { path, value: high },
        key: `${s}|${path}|1`,
      });
    }
    if (series) {
      pinned.push({
        path: SERIES_INPUT,
        low: series.p5[0].breakoutDays,
        high: series.p95[0].breakoutDays,
      });
      batches.push({
        strategy: s,
        draws: options.sensitivitySamples,
        config: withSeries(series.p5),
        key: `${s}|${SERIES_INPUT}|0`,
      });
      batches.push({
        strategy: s,
        draws: options.sensitivitySamples,
        config: withSeries(series.p95),
        key: `${s}|${SERIES_INPUT}|1`,
      });
    }
    inputs.push(pinned);
  });
  const tasks: BargainingChunkTask[] = [];
  const owner: number[] = [];
  batches.forEach((b, i) => {
    for (const { chunk, draws } of bargainingChunks(b.draws)) {
      tasks.push({
        config: b.config,
        strategy: b.strategy,
        seed: options.seed,
        chunk,
        draws,
        fixed: b.fixed,
      });
      owner.push(i);
    }
  });
  const total = tasks.reduce((n, t) => n + t.draws, 0);
  const tallies: BargainingTally[] = [];
  // Slices keep a pool busy while letting the caller show progress.
  const slice = Math.max(8, Math.ceil(tasks.length / 25));
  let done = 0;
  for (let i = 0; i < tasks.length; i += slice) {
    const part = tasks.slice(i, i + slice);
    tallies.push(...(await execute(part)));
    done += part.reduce((n, t) => n + t.draws, 0);
    onProgress(done, total);
  }
  const merged = new Map<string, BargainingTally>();
  batches.forEach((b, i) => {
    merged.set(
      b.key,
      mergeBargainingTallies(
        config,
        tallies.filter((_, j) => owner[j] === i),
      ),
    );
  });
  const get = (key: string) => merged.get(key) as BargainingTally;
  return {
    main: config.strategies.map((_, s) => get(`${s}|main`)),
    base: config.strategies.map((_, s) => get(`${s}|base`)),
    pinned: inputs.map((list, s) =>
      Object.fromEntries(
        list.map(({ path }) => [path, [get(`${s}|${path}|0`), get(`${s}|${path}|1`)]]),
      ),
    ),
    inputs,
  };
}
