// Messages between the Table page and its worker.
import type { StrategyResult } from "../../core/index.js";
import type { TableLevers } from "./table-levers.js";

export type TableRequest =
  | { kind: "defaults" }
  | {
      kind: "run";
      levers: TableLevers;
      tornadoFor: string;
      seed: number;
      samples: number;
      tornadoSamples: number;
    };

export type TableReply =
  | {
      stage: "defaults";
      levers: TableLevers;
      strategies: string[];
      start: string | null;
      horizonWeeks: number;
    }
  | { stage: "strategies"; results: StrategyResult[]; start: string | null }
  | { stage: "tornado"; result: StrategyResult };

export const TABLE_SAMPLES = 400;
export const TORNADO_SAMPLES = 100;
export const TABLE_SEED = 1;
