// `leverage table`: load and validate the config, run every strategy on the worker pool, print the
// comparison (or JSON), and write the charts.
import { mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { table, tableRequestSchema } from "../../app/table/table.js";
import { parseTableConfig } from "../../app/table/table-config.js";
import { UserError } from "../../app/user-error.js";
import { bargainingChartsSvg } from "../../charts/bargaining-charts.js";
import { nodeDocument } from "../../charts/node-document.js";
import {
  type BargainingChunkTask,
  type BargainingExecutor,
  inProcessExecutor,
  type StrategyResult,
} from "../../core/index.js";
import { printJson } from "../output.js";
import { parseFlags } from "../parse-flags.js";
import { createProgress } from "../progress.js";
import { readInput } from "../read-file.js";
import { checkWritableFile, checkWritableFolder, writeOutput } from "../write-file.js";
import { formatStrategyTable } from "./strategy-table.js";

export interface TableCommandOptions {
  config: string;
  samples: number;
  seed?: number;
  threads?: number;
  tornadoSamples: number;
  tornadoFor?: string;
  json?: true;
  svgDir?: string;
  svgOutcomes?: string;
  svgTornado?: string;
  svgDealByWeek?: string;
}

/** The JSON the command prints: the results, the seed and the inputs that fix them. */
export function tableJson(
  results: StrategyResult[],
  seed: number,
  samples: number,
  config: string,
) {
  return { config, seed, samples, strategies: results };
}

type ChartName = "outcomes" | "tornado" | "dealByWeek";

const CHART_FILES: Record<ChartName, string> = {
  outcomes: "bargaining-outcomes.svg",
  tornado: "bargaining-tornado.svg",
  dealByWeek: "bargaining-deal-by-week.svg",
};

/** The charts to write, each with the flag that asked for it; checked writable before any work. */
function chartFiles(opts: TableCommandOptions): { chart: ChartName; file: string; flag: string }[] {
  const wanted: [ChartName, string | undefined, string][] = [
    ["outcomes", opts.svgOutcomes, "--svg-outcomes"],
    ["tornado", opts.svgTornado, "--svg-tornado"],
    ["dealByWeek", opts.svgDealByWeek, "--svg-deal-by-week"],
  ];
  const dir = opts.svgDir;
  if (dir !== undefined) checkWritableFolder("--svg-dir", dir);
  return wanted.flatMap(([chart, own, flag]) => {
    if (own !== undefined) {
      checkWritableFile(flag, own, true);
      return [{ chart, file: own, flag }];
    }
    return dir === undefined
      ? []
      : [{ chart, file: join(dir, CHART_FILES[chart]), flag: "--svg-dir" }];
  });
}

export async function runTableCommand(opts: TableCommandOptions): Promise<void> {
  const request = parseFlags(tableRequestSchema("cli"), {
    samples: opts.samples,
    seed: opts.seed,
    tornadoSamples: opts.tornadoSamples,
  });
  const loaded = parseTableConfig(readInput(opts.config), opts.config);
  if (!loaded.ok) throw new UserError(`invalid config:\n  ${loaded.errors.join("\n  ")}`);
  const { config } = loaded;
  const svgs = chartFiles(opts);
  const threads = opts.threads ?? Math.min(4, availableParallelism());

  let executor: BargainingExecutor = inProcessExecutor;
  let close = async () => {};
  if (threads > 0) {
    const { createBargainingPool } = await import("../../workers/bargaining-pool.js");
    const pool = createBargainingPool(threads);
    executor = pool.execute;
    close = pool.close;
  }
  let progress: ReturnType<typeof createProgress> | undefined;
  const tracked: BargainingExecutor = async (tasks: BargainingChunkTask[]) => {
    progress = createProgress(
      "table",
      tasks.reduce((n, t) => n + t.draws, 0),
    );
    const tallies = await Promise.all(
      tasks.map(async (t) => {
        const [tally] = await executor([t]);
        progress?.tick(t.draws);
        return tally;
      }),
    );
    progress.stop();
    return tallies;
  };
  let run: Awaited<ReturnType<typeof table>>;
  try {
    run = await table(config, { ...request, tornadoFor: opts.tornadoFor }, tracked);
  } finally {
    await close();
  }
  const { strategies: results, seed, tornadoFor } = run;

  if (svgs.length > 0) {
    const charts = bargainingChartsSvg(
      results,
      { tornadoFor, start: config.game.start },
      nodeDocument(),
    );
    for (const { chart, file, flag } of svgs) {
      mkdirSync(dirname(file), { recursive: true });
      writeOutput(flag, file, charts[chart]);
      if (!opts.json) process.stderr.write(`wrote ${file}\n`);
    }
  }
  if (opts.json) printJson(tableJson(results, seed, opts.samples, opts.config));
  else process.stdout.write(formatStrategyTable(results, config, seed));
}
