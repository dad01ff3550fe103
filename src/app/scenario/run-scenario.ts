// The scenario-run use case: from YAML text to its files, in memory. Validate (issues with line
// and column), resolve against the bundled data, run, render. The CLI writes the files; the server
// stores them.

import { z } from "zod";
import { nodeDocument } from "../../charts/node-document.js";
import type { BargainingExecutor, ScenarioResult } from "../../core/index.js";
import { resolveScenario, runScenario } from "../../core/index.js";
import { parseScenario } from "../../core/schemas.js";
import { appVersion } from "../../data/index.js";
import { renderHtml } from "../../report/render-html.js";
import { renderMarkdown } from "../../report/render-markdown.js";
import { reportCharts } from "../../report/report-charts.js";
import { loadScenarioData } from "../../report/scenario-data.js";
import { type LocatedIssue, locateIssues, readYaml } from "../../report/yaml-issues.js";
import { intSetting, type Surface, seedSchema } from "../fields.js";
import { SCENARIO_RUN } from "../limits.js";

export type { LocatedIssue } from "../../report/yaml-issues.js";

/** The options of a run: draws and seed override the scenario's own. */
export function scenarioRunRequestSchema(surface: Surface) {
  return z.strictObject({
    samples: intSetting(SCENARIO_RUN.samples, surface),
    seed: seedSchema.optional(),
  });
}
export type ScenarioRunRequest = z.output<ReturnType<typeof scenarioRunRequestSchema>>;

export type ValidateResult = { ok: boolean; issues: LocatedIssue[] };

type Checked =
  | { ok: true; resolved: Extract<ReturnType<typeof resolveScenario>, { ok: true }>["resolved"] }
  | { ok: false; issues: LocatedIssue[] };

function check(text: string): Checked {
  const { doc, lines, errors } = readYaml(text);
  if (errors.length > 0) return { ok: false, issues: errors };
  const parsed = parseScenario(doc.toJS());
  if (!parsed.ok) return { ok: false, issues: locateIssues(doc, lines, parsed.issues) };
  const resolved = resolveScenario(parsed.scenario, loadScenarioData());
  if (!resolved.ok) return { ok: false, issues: locateIssues(doc, lines, resolved.issues) };
  return { ok: true, resolved: resolved.resolved };
}

/** Validates a scenario's YAML text against the schema and the data; `fileName` is for messages. */
export function validateScenarioText(text: string, _fileName: string): ValidateResult {
  const checked = check(text);
  return checked.ok ? { ok: true, issues: [] } : { ok: false, issues: checked.issues };
}

export interface RunScenarioTextOptions {
  fileName: string;
  samples?: number;
  seed?: number;
  /** Share of the run done (0–1) and the stage. */
  onProgress?: (fraction: number, stage: string) => void;
  /** Bargaining chunks; default in this thread (the CLI passes a worker pool). */
  executor?: BargainingExecutor;
}

export type RunScenarioTextResult =
  | {
      ok: true;
      result: ScenarioResult;
      files: { "report.html": string; "report.md": string; "result.json": string };
      charts: Record<string, string>;
    }
  | { ok: false; issues: LocatedIssue[] };

/** Runs a scenario from its YAML text and renders every file in memory. */
export async function runScenarioText(
  text: string,
  options: RunScenarioTextOptions,
): Promise<RunScenarioTextResult> {
  const checked = check(text);
  if (!checked.ok) return checked;
  const result = await runScenario(checked.resolved, {
    samples: options.samples,
    seed: options.seed,
    appVersion: appVersion(),
    executor: options.executor,
    onProgress: (stage, fraction) => options.onProgress?.(fraction, stage),
  });
  const charts = reportCharts(result, nodeDocument());
  return {
    ok: true,
    result,
    files: {
      "report.html": renderHtml(result, charts),
      "report.md": renderMarkdown(result, Object.keys(charts)),
      "result.json": `${JSON.stringify(result, null, 2)}\n`,
    },
    charts,
  };
}
