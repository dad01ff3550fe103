// The bargaining-table use case: every strategy of a validated config run on an executor (this
// thread, or a worker pool the caller owns), with the seed that fixes the numbers.
import { z } from "zod";
import {
  type BargainingConfig,
  type BargainingExecutor,
  inProcessExecutor,
  runBargainingTable,
  type StrategyResult,
  uncertainInputs,
} from "../../core/index.js";
import { intSetting, type Surface, seedField } from "../fields.js";
import { count, TABLE, WORK } from "../limits.js";
import { resolveSeed } from "../seed.js";
import { UserError } from "../user-error.js";

export function tableRequestSchema(surface: Surface) {
  return z.strictObject({
    samples: intSetting(TABLE.samples, surface),
    seed: seedField(surface),
    tornadoSamples: intSetting(TABLE.tornadoSamples, surface),
  });
}
export type TableRequest = z.output<ReturnType<typeof tableRequestSchema>> & {
  /** The strategy whose tornado a chart shows (default: the first). */
  tornadoFor?: string;
};

export interface TableResult {
  strategies: StrategyResult[];
  seed: number;
  samples: number;
  tornadoFor: string;
}

/** The draws a table runs: per strategy, its samples plus each tornado bar end's and the base's. */
export function tableDraws(config: BargainingConfig, samples: number, tornadoSamples: number) {
  return config.strategies.reduce((total, _, s) => {
    const tornado =
      tornadoSamples > 0 ? tornadoSamples * (1 + 2 * uncertainInputs(config, s).length) : 0;
    return total + samples + tornado;
  }, 0);
}

/** Refuses, before any work, a horizon or a number of draws above the limits of `surface`. */
export function checkTableSize(config: BargainingConfig, request: TableRequest, surface: Surface) {
  const weeks = config.game.horizonWeeks;
  if (weeks > WORK.horizonWeeks[surface])
    throw new UserError(
      `game.horizonWeeks is ${weeks}; at most ${WORK.horizonWeeks[surface]} weeks are allowed${surface === "api" ? " per request" : ""}`,
      { field: "game.horizonWeeks", status: 422 },
    );
  const draws = tableDraws(config, request.samples, request.tornadoSamples);
  if (draws > WORK.tableDraws[surface])
    throw new UserError(
      `the table would run ${count(draws)} draws (${config.strategies.length} strategies × (samples ${request.samples} + the tornado's ${request.tornadoSamples} per bar end × (1 + 2 × inputs))); at most ${count(WORK.tableDraws[surface])} are allowed per request: lower samples or tornadoSamples`,
      { field: "samples", status: 422 },
    );
}

/**
 * Runs the table after checking its size against the limits of `surface`; a UserError names an
 * unknown `tornadoFor` before any work.
 */
export async function table(
  config: BargainingConfig,
  request: TableRequest,
  executor: BargainingExecutor = inProcessExecutor,
  surface: Surface = "cli",
): Promise<TableResult> {
  checkTableSize(config, request, surface);
  const tornadoFor = request.tornadoFor ?? config.strategies[0].name;
  if (!config.strategies.some((s) => s.name === tornadoFor))
    throw new UserError(
      `--tornado-for: no strategy named '${tornadoFor}'; the config has: ${config.strategies.map((s) => s.name).join(", ")}`,
    );
  const seed = resolveSeed(request.seed);
  const strategies = await runBargainingTable(
    config,
    { samples: request.samples, seed, tornadoSamples: request.tornadoSamples },
    executor,
  );
  return { strategies, seed, samples: request.samples, tornadoFor };
}
