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
import { type LocatedIssue, locateIssues } from "../../report/yaml-issues.js";
import { unknownSite } from "../breakout/inputs.js";
import { intSetting, type Surface, seedSchema } from "../fields.js";
import { count, MAX_ISSUES, SCENARIO_RUN, WORK } from "../limits.js";
import { UserError } from "../user-error.js";
import { readYaml, yamlValue } from "../yaml-text.js";

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

/** The first MAX_ISSUES issues placed in the text (placing is linear in the keys, per issue). */
function located(...[doc, lines, issues]: Parameters<typeof locateIssues>): LocatedIssue[] {
  const shown = locateIssues(doc, lines, issues.slice(0, MAX_ISSUES));
  if (issues.length > MAX_ISSUES)
    shown.push({ path: "", message: `and ${issues.length - MAX_ISSUES} more problems` });
  return shown;
}

function check(text: string): Checked {
  const { doc, lines, errors } = readYaml(text);
  if (errors.length > 0) return { ok: false, issues: errors.slice(0, MAX_ISSUES) };
  const value = yamlValue(doc);
  if (!value.ok) return { ok: false, issues: [value.issue] };
  const parsed = parseScenario(value.value);
  if (!parsed.ok) return { ok: false, issues: located(doc, lines, parsed.issues) };
  const resolved = resolveScenario(parsed.scenario, loadScenarioData());
  if (!resolved.ok) return { ok: false, issues: located(doc, lines, resolved.issues) };
  const site = unknownSite(resolved.resolved.assumptions, [resolved.resolved.state]);
  if (site)
    return {
      ok: false,
      issues: located(doc, lines, [{ path: ["breakout", "sites"], message: site }]),
    };
  return { ok: true, resolved: resolved.resolved };
}

/**
 * Refuses, before a run starts, a scenario whose work is above the limits of `surface`: its
 * game's horizon, or its draws, samples × (strategies + 1 for the clock). A scenario with errors
 * passes here: the run reports those with their lines.
 */
export function checkScenarioRunSize(text: string, request: ScenarioRunRequest, surface: Surface) {
  const { doc, errors } = readYaml(text);
  const value = errors.length > 0 ? undefined : yamlValue(doc);
  if (!value?.ok) return;
  const parsed = parseScenario(value.value);
  if (!parsed.ok) return;
  const { scenario } = parsed;
  const weeks = scenario.table.game.horizonWeeks;
  if (weeks > WORK.horizonWeeks[surface])
    throw new UserError(
      `game.horizonWeeks is ${weeks}; at most ${WORK.horizonWeeks[surface]} weeks are allowed per run`,
      { field: "game.horizonWeeks", status: 422 },
    );
  const samples = request.samples ?? scenario.samples;
  const strategies = scenario.table.strategies.length;
  const draws = samples * (strategies + 1);
  if (draws > WORK.scenarioDraws[surface])
    throw new UserError(
      `the run would make ${count(draws)} draws (samples ${count(samples)} × (${strategies} strategies + 1)); at most ${count(WORK.scenarioDraws[surface])} are allowed per run: lower samples to ${count(Math.floor(WORK.scenarioDraws[surface] / (strategies + 1)))} or fewer`,
      { field: "samples", status: 422 },
    );
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
