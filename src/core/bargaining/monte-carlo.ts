// The Monte Carlo runner's pure pieces: a chunk of draws, tallies that merge in chunk order, and
// the summary of one strategy. Chunk k draws from stream k, so any number of threads gives the
// same numbers (architecture.md).
import { createRng } from "../rng.js";
import type { BargainingConfig } from "./config-schema.js";
import { emptyPathOutcome, simulateBargainingPath } from "./game-outcomes.js";
import { resolveGameDraw, rngDraw } from "./resolve-draw.js";
import { solveBargainingGame } from "./solve-game.js";

/** One unit of work: `draws` draws of strategy `strategy`, from stream `chunk` of `seed`. */
export interface BargainingChunkTask {
  config: BargainingConfig;
  strategy: number;
  seed: number;
  chunk: number;
  draws: number;
  /** Pin one input (the tornado); see `rngDraw`. */
  fixed?: { path: string; value: number };
}

/** Counts and samples from a chunk; `mergeBargainingTallies` adds them up in chunk order. */
export interface BargainingTally {
  draws: number;
  deals: number;
  delays: number;
  /** Breakdowns by option name (all the game's options, in its order). */
  breakdowns: Record<string, number>;
  strikes: number;
  /** Breakdowns at a week where Powell's preventive-war condition held. */
  powellWars: number;
  /** Draws whose solve failed (never expected on validated input; reported, not hidden). */
  failed: number;
  /** Deals concluded in week t (t = 0…H − 1). */
  dealsByWeek: number[];
  /** The US share of each deal, and its week, in draw order. */
  terms: number[];
  dealWeeks: number[];
  utilityUs: number;
  utilityIran: number;
}

/** An empty tally for `config`. */
export function emptyBargainingTally(config: BargainingConfig): BargainingTally {
  return {
    draws: 0,
    deals: 0,
    delays: 0,
    breakdowns: Object.fromEntries(config.game.options.map((o) => [o.name, 0])),
    strikes: 0,
    powellWars: 0,
    failed: 0,
    dealsByWeek: new Array<number>(config.game.horizonWeeks).fill(0),
    terms: [],
    dealWeeks: [],
    utilityUs: 0,
    utilityIran: 0,
  };
}

/** Runs one chunk: per draw, sample the game, solve it, play one path, count its outcome. */
export function runBargainingChunk(task: BargainingChunkTask): BargainingTally {
  const { config } = task;
  const tally = emptyBargainingTally(config);
  const rng = createRng(task.seed, task.chunk);
  const draw = rngDraw(rng, task.fixed);
  const out = emptyPathOutcome();
  for (let i = 0; i < task.draws; i++) {
    const params = resolveGameDraw(config, task.strategy, draw);
    const solved = solveBargainingGame(params);
    if (!solved.ok) {
      tally.failed++;
      continue;
    }
    simulateBargainingPath(params, solved.plan, rng, out);
    tally.draws++;
    tally.utilityUs += out.utilityUs;
    tally.utilityIran += out.utilityIran;
    if (out.kind === 0) {
      tally.deals++;
      tally.dealsByWeek[out.week]++;
      tally.terms.push(out.usShare);
      tally.dealWeeks.push(out.week);
    } else if (out.kind === 2) tally.delays++;
    else {
      const option = params.options[out.option];
      tally.breakdowns[option.name]++;
      if (option.kind === "strike") tally.strikes++;
      if (out.powellWar) tally.powellWars++;
    }
  }
  return tally;
}

/** Adds tallies in the order given (chunk order), so sums and samples are reproducible. */
export function mergeBargainingTallies(
  config: BargainingConfig,
  tallies: readonly BargainingTally[],
): BargainingTally {
  const total = emptyBargainingTally(config);
  for (const t of tallies) {
    total.draws += t.draws;
    total.deals += t.deals;
    total.delays += t.delays;
    for (const [name, n] of Object.entries(t.breakdowns)) total.breakdowns[name] += n;
    total.strikes += t.strikes;
    total.powellWars += t.powellWars;
    total.failed += t.failed;
    t.dealsByWeek.forEach((n, week) => {
      total.dealsByWeek[week] += n;
    });
    for (const x of t.terms) total.terms.push(x);
    for (const w of t.dealWeeks) total.dealWeeks.push(w);
    total.utilityUs += t.utilityUs;
    total.utilityIran += t.utilityIran;
  }
  return total;
}

/** The chunks for `samples` draws: fixed-size chunks, independent of the number of threads. */
export function bargainingChunks(
  samples: number,
  chunkSize = 250,
): { chunk: number; draws: number }[] {
  const chunks: { chunk: number; draws: number }[] = [];
  for (let chunk = 0, done = 0; done < samples; chunk++, done += chunkSize)
    chunks.push({ chunk, draws: Math.min(chunkSize, samples - done) });
  return chunks;
}
