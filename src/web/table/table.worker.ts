// The Table page's worker: the Vienna 2021 table config with the page's levers, run through the
// bargaining Monte Carlo chunk by chunk (so a newer request stops an older one), then the tornado
// of the chosen strategy.
import { parse } from "yaml";
import configText from "../../../scenarios/vienna-2021-table.yaml?raw";
import {
  type BargainingChunkTask,
  type BargainingConfig,
  type BargainingExecutor,
  runBargainingChunk,
  runBargainingTable,
} from "../../core/index.js";
import { BARGAINING_CONFIG_SCHEMA } from "../../core/schemas.js";
import { yieldToMessages } from "../shared/worker-protocol.js";
import { serveWorker } from "../shared/worker-serve.js";
import { applyLevers, leversOf } from "./table-levers.js";
import type { TableReply, TableRequest } from "./table-protocol.js";

const raw = parse(configText) as Record<string, unknown>;
const STALE = "stale";

function validate(levered: Record<string, unknown>): BargainingConfig {
  const parsed = BARGAINING_CONFIG_SCHEMA.safeParse(levered);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  throw new Error(`The levers give an invalid config: ${issues.join("; ")}`);
}

serveWorker<TableRequest, TableReply>(async (request, job) => {
  const game = raw.game as { start?: unknown; horizonWeeks?: number };
  const start = typeof game.start === "string" ? game.start : null;
  if (request.kind === "defaults") {
    const strategies = (raw.strategies as { name: string }[]).map((s) => s.name);
    job.emit(
      {
        stage: "defaults",
        levers: leversOf(raw),
        strategies,
        start,
        horizonWeeks: game.horizonWeeks ?? 104,
      },
      true,
    );
    return;
  }
  await yieldToMessages();
  if (job.stale()) return;
  const config = validate(applyLevers(raw, request.levers));
  const execute: BargainingExecutor = async (tasks: BargainingChunkTask[]) => {
    const tallies = [];
    for (const task of tasks) {
      await yieldToMessages();
      if (job.stale()) throw new Error(STALE);
      tallies.push(runBargainingChunk(task));
    }
    return tallies;
  };
  try {
    const results = await runBargainingTable(
      config,
      { samples: request.samples, seed: request.seed, chunkSize: 100 },
      execute,
    );
    job.emit({ stage: "strategies", results, start }, false);
    const chosen =
      config.strategies.find((s) => s.name === request.tornadoFor) ?? config.strategies[0];
    const [result] = await runBargainingTable(
      { ...config, strategies: [chosen] },
      {
        samples: request.tornadoSamples,
        seed: request.seed,
        tornadoSamples: request.tornadoSamples,
        chunkSize: 100,
      },
      execute,
    );
    job.emit({ stage: "tornado", result }, true);
  } catch (error) {
    if (error instanceof Error && error.message === STALE) return;
    throw error;
  }
});
