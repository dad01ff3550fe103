// The scenario and run endpoints the Scenarios page uses (notes/api.md, "Scenarios and runs").
import { type ApiIssue, apiJson, apiSend } from "../shared/api.js";

export interface ScenarioSummary {
  id: number;
  name: string;
  hash: string;
  valid: boolean;
  updatedAt: string;
}

export interface SavedScenario extends ScenarioSummary {
  yaml?: string;
  issues: ApiIssue[];
}

export interface RunStatus {
  runId: number;
  scenarioId: number;
  scenarioHash: string;
  seed: number;
  dataVersion: string;
  appVersion: string;
  status: "queued" | "running" | "done" | "failed";
  progress: number;
  error?: string;
  startedAt: string;
  finishedAt?: string;
  /** Chart names of a finished run. */
  charts?: string[];
}

export const listScenarios = () => apiJson<ScenarioSummary[]>("/api/scenarios");
export const getScenario = (id: number) =>
  apiJson<SavedScenario & { yaml: string }>(`/api/scenarios/${id}`);
export const validateScenario = (yaml: string, name?: string) =>
  apiSend<{ valid: boolean; issues: ApiIssue[] }>(
    "/api/scenarios/validate",
    name ? { yaml, name } : { yaml },
  );
export const saveScenario = (id: number | null, name: string, yaml: string) =>
  id === null
    ? apiSend<SavedScenario>("/api/scenarios", { name, yaml })
    : apiSend<SavedScenario>(`/api/scenarios/${id}`, { name, yaml }, "PUT");
export const deleteScenario = (id: number) =>
  apiJson<null>(`/api/scenarios/${id}`, { method: "DELETE" });
export const startRun = (id: number, options: { samples?: number; seed?: number }) =>
  apiSend<{ runId: number }>(`/api/scenarios/${id}/runs`, options);
export const getRun = (runId: number) => apiJson<RunStatus>(`/api/runs/${runId}`);
export const listRuns = (scenarioId: number) =>
  apiJson<RunStatus[]>(`/api/runs?scenarioId=${scenarioId}`);

/** Example scenarios bundled with the dashboard (the table and actors configs are not scenarios). */
const EXAMPLES = import.meta.glob<string>("../../../scenarios/*.yaml", {
  query: "?raw",
  import: "default",
});
export const exampleScenarios = Object.keys(EXAMPLES)
  .filter((path) => !/-(table|actors)\.yaml$/.test(path))
  .map((path) => ({
    name:
      path
        .split("/")
        .pop()
        ?.replace(/\.yaml$/, "") ?? path,
    load: EXAMPLES[path],
  }));

/** `line:column path: message`, as the editor lists an issue. */
export const formatIssue = (i: ApiIssue) =>
  `${i.line !== undefined ? `${i.line}:${i.column ?? 1}` : "-"} ${i.path || "(top level)"}: ${i.message}`;
