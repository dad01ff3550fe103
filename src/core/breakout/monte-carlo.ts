import { createRng } from "../rng.js";
import { quantileSorted } from "../uncertain/index.js";
import { drawModelParameters, runDraw } from "./draw.js";
import type { BreakoutModel } from "./model.js";

/** Draws per chunk. Chunk k uses random stream k, so any split across workers gives the same numbers. */
export const BREAKOUT_CHUNK = 1000;

export interface Band {
  p5: number;
  p50: number;
  p95: number;
}

/** The raw draws of one chunk: plain arrays, so chunks can cross worker boundaries and merge. */
export interface BreakoutDraws {
  firstDays: number[];
  nthDays: number[];
  /** kg of 90 % by month: kgByMonth[m][i] is month m + 1 of draw i. */
  kgByMonth: number[][];
  /** Draws in which the stocks could not give the first (or N-th) quantity. */
  shortFirst: number;
  shortNth: number;
}

/** Runs draws `start … start + count − 1` of chunk `chunk`. */
export function breakoutChunk(
  model: BreakoutModel,
  seed: number,
  chunk: number,
  count: number,
  quantities: number,
): BreakoutDraws {
  const rng = createRng(seed, chunk);
  const out: BreakoutDraws = {
    firstDays: [],
    nthDays: [],
    kgByMonth: Array.from({ length: 12 }, () => []),
    shortFirst: 0,
    shortNth: 0,
  };
  for (let i = 0; i < count; i++) {
    const draw = runDraw(model, drawModelParameters(model, rng), quantities);
    if (draw.firstDays === null) out.shortFirst++;
    else out.firstDays.push(draw.firstDays);
    if (draw.nthDays === null) out.shortNth++;
    else out.nthDays.push(draw.nthDays);
    draw.kgByMonth.forEach((kg, m) => {
      out.kgByMonth[m].push(kg);
    });
  }
  return out;
}

/** The chunks of a run of `samples` draws: [chunk index, draw count]. */
export function breakoutChunks(samples: number): [number, number][] {
  const chunks: [number, number][] = [];
  for (let k = 0; k * BREAKOUT_CHUNK < samples; k++) {
    chunks.push([k, Math.min(BREAKOUT_CHUNK, samples - k * BREAKOUT_CHUNK)]);
  }
  return chunks;
}

/** Merges chunks in chunk order. */
export function mergeDraws(chunks: BreakoutDraws[]): BreakoutDraws {
  return {
    firstDays: chunks.flatMap((c) => c.firstDays),
    nthDays: chunks.flatMap((c) => c.nthDays),
    kgByMonth: Array.from({ length: 12 }, (_, m) => chunks.flatMap((c) => c.kgByMonth[m])),
    shortFirst: chunks.reduce((sum, c) => sum + c.shortFirst, 0),
    shortNth: chunks.reduce((sum, c) => sum + c.shortNth, 0),
  };
}

/** p5, p50 and p95 of a sample; null when empty. */
export function band(values: number[]): Band | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => quantileSorted(sorted, p) as number;
  return { p5: at(0.05), p50: at(0.5), p95: at(0.95) };
}

/** Runs the whole Monte Carlo in this thread (the worker pool runs the same chunks in parallel). */
export function breakoutMonteCarlo(
  model: BreakoutModel,
  samples: number,
  seed: number,
  quantities: number,
  onChunk?: (done: number) => void,
): BreakoutDraws {
  const chunks = breakoutChunks(samples).map(([k, count]) => {
    const result = breakoutChunk(model, seed, k, count, quantities);
    onChunk?.(count);
    return result;
  });
  return mergeDraws(chunks);
}
