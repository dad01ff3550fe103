// What the server needs from the scenario engine. main.ts wires the real one (app/scenario/run-scenario
// in a worker thread); tests inject a fake.
import type { ApiIssue } from "../api-issue.js";

export interface ScenarioValidation {
  ok: boolean;
  issues: ApiIssue[];
}

/** A finished run: the result, its files by name ("report.html", "report.md", "result.json") and chart SVGs by name. */
export type ScenarioOutcome =
  | {
      ok: true;
      result: unknown;
      files: Record<string, string>;
      charts: Record<string, string>;
    }
  | { ok: false; issues: ApiIssue[] };

export interface ScenarioRunOptions {
  fileName: string;
  samples?: number;
  seed: number;
  /** Called once when the run leaves the queue and starts. */
  onStart?: () => void;
  /** Progress from 0 to 1; may be called often (the caller throttles its writes). */
  onProgress?: (fraction: number) => void;
}

export interface ScenarioRunner {
  validate(yaml: string, fileName: string): ScenarioValidation | Promise<ScenarioValidation>;
  run(yaml: string, options: ScenarioRunOptions): Promise<ScenarioOutcome>;
  /** Stops running work (a pending `run` then rejects) and frees threads. */
  close(): Promise<void>;
}
