// Messages between the Clock page and its worker.
import type {
  BreakoutEstimate,
  IaeaReportRecord,
  LimitCheck,
  MachineTypeRecord,
} from "../../core/index.js";
import type { ClockSettings } from "./clock-settings.js";
import type { UserState } from "./clock-user-state.js";

export type ClockRequest =
  | { kind: "load"; reports: IaeaReportRecord[]; machineTypes: MachineTypeRecord[] }
  | {
      kind: "run";
      settings: ClockSettings;
      /** The report whose plan the page shows. */
      selected: string;
      seed: number;
      /** Draws for the selected report, and per report for the history. */
      samples: number;
      historySamples: number;
      /** A fleet and stocks the user gave for the selected report (no verified capacity). */
      userState?: UserState;
    };

/** One report's band on the history chart (null when the model has no estimate for it). */
export interface HistoryBand {
  label: string;
  date: string;
  p5: number;
  p50: number;
  p95: number;
  kind?: "quarterly" | "interim";
  /** Capacity inferred from a reported production rate entered the estimate. */
  inferred?: boolean;
}

export type ClockReply =
  | { stage: "loaded" }
  | {
      stage: "selected";
      estimate: BreakoutEstimate;
      jcpoa: LimitCheck[];
      warnings: string[];
      /** The settings these numbers were computed with (the charts' assumption lines). */
      settings: ClockSettings;
      /** True when the estimate runs on a fleet and stocks the user gave (not a history point). */
      userGiven: boolean;
    }
  | {
      stage: "history";
      /** Bands of the reports processed so far; `processed` lists their labels. */
      bands: HistoryBand[];
      processed: string[];
      total: number;
    };

/**
 * Draw counts the page asks for: small, so a slider recomputes at once. The same count and seed for
 * the selected report and the history, so its point does not move when the history catches up.
 */
export const CLOCK_SAMPLES = 200;
export const HISTORY_SAMPLES = 200;
export const CLOCK_SEED = 1;
