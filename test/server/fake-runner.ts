// A scenario runner for tests: it validates YAML that must hold `name:` and `strategies:`, and its
// runs return fixed files after `delayMs`, reporting progress in `steps` steps.
import { isMap, LineCounter, parseDocument } from "yaml";
import type { ApiIssue } from "../../src/server/api-issue.js";
import type {
  ScenarioOutcome,
  ScenarioRunner,
  ScenarioRunOptions,
} from "../../src/server/runs/scenario-runner.js";

export const CHART_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#c00"/><text x="2" y="14">Hi</text></svg>';

export function fakeValidate(yaml: string): { ok: boolean; issues: ApiIssue[] } {
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const at = doc.errors[0].linePos?.[0];
    return {
      ok: false,
      issues: [{ path: "", message: "not valid YAML", line: at?.line, column: at?.col }],
    };
  }
  const issues: ApiIssue[] = [];
  for (const key of ["name", "strategies"]) {
    if (!isMap(doc.contents) || !doc.contents.has(key))
      issues.push({ path: key, message: "is required", line: 1, column: 1 });
  }
  return { ok: issues.length === 0, issues };
}

export interface FakeRunner extends ScenarioRunner {
  calls: { yaml: string; options: ScenarioRunOptions }[];
}

export function fakeRunner(
  opts: { delayMs?: number; steps?: number; fail?: string } = {},
): FakeRunner {
  const calls: FakeRunner["calls"] = [];
  const { delayMs = 0, steps = 4 } = opts;
  return {
    calls,
    validate: fakeValidate,
    async run(yaml, options): Promise<ScenarioOutcome> {
      calls.push({ yaml, options });
      options.onStart?.();
      for (let i = 1; i <= steps; i++) {
        await new Promise((r) => setTimeout(r, delayMs / steps));
        options.onProgress?.(i / steps);
      }
      if (opts.fail) throw new Error(opts.fail);
      const result = { seed: options.seed, samples: options.samples ?? 1000, claim: "a finding" };
      return {
        ok: true,
        result,
        files: {
          "result.json": JSON.stringify(result),
          "report.html": "<html><body><h1>Report</h1></body></html>",
          "report.md": "# Report\n",
        },
        charts: { "deal-by-week": CHART_SVG },
      };
    },
    close: async () => {},
  };
}
