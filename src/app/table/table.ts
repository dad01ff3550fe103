// The bargaining-table use case: every strategy of a validated config run on an executor (this
// thread, or a worker pool the caller owns), with the seed that fixes the numbers.
import { z } from "zod";
import {
  type BargainingConfig,
  type BargainingExecutor,
  inProcessExecutor,
  runBargainingTable,
  type StrategyResult,
} from "../../core/index.js";
import { intSetting, type Surface, seedField } from "../fields.js";
import { TABLE } from "../limits.js";
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

/** Runs the table; a UserError names an unknown `tornadoFor` before any work. */
export async function table(
  config: BargainingConfig,
  request: TableRequest,
  executor: BargainingExecutor = inProcessExecutor,
): Promise<TableResult> {
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
