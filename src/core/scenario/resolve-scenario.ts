// Resolves a validated scenario against the bundled data (passed in; no I/O): the program state,
// the clock's assumptions, the pinned events. Names the data must know are checked here.

import type { UncertainActorSet } from "../actors/index.js";
import type { BreakoutAssumptions } from "../breakout/index.js";
import type { IaeaReportRecord, MachineTypeRecord } from "../program/index.js";
import { actorsInputs } from "./actors-run.js";
import { scenarioAssumptions } from "./breakout-assumptions.js";
import type { Scenario, ScenarioIssue } from "./parse-scenario.js";
import { type ScenarioStates, scenarioStates } from "./program-state.js";

/** A dated event on the scenario's timeline (from data/timeline.json or the scenario itself). */
export interface ScenarioEvent {
  id: string;
  date: string;
  title: string;
  confidence: "high" | "medium" | "low";
  source?: string;
  note?: string;
  /** "data" for data/timeline.json, "scenario" for an event the scenario states. */
  from: "data" | "scenario";
}

/** The data a scenario resolves against: the records the Node loaders read. */
export interface ScenarioData {
  dataVersion: string;
  reports: IaeaReportRecord[];
  machineTypes: MachineTypeRecord[];
  events: Omit<ScenarioEvent, "from">[];
}

export interface ResolvedScenario extends ScenarioStates {
  scenario: Scenario;
  assumptions: BreakoutAssumptions;
  /** Assumptions the scenario set (the rest are defaults). */
  userSet: string[];
  events: ScenarioEvent[];
  /** The actors' model inputs, when the scenario has an actors section. */
  actorSet: { set: UncertainActorSet; uncertain: boolean } | null;
  dataVersion: string;
  warnings: string[];
}

export type ResolveScenarioResult =
  | { ok: true; resolved: ResolvedScenario }
  | { ok: false; issues: ScenarioIssue[] };

/** The first and last day the bundled data covers (events and reports). */
export function dataRange(data: ScenarioData): { from: string; to: string } {
  const days = [...data.events.map((e) => e.date), ...data.reports.map((r) => r.reportDate)].sort();
  return { from: days[0], to: days[days.length - 1] };
}

export function resolveScenario(scenario: Scenario, data: ScenarioData): ResolveScenarioResult {
  const issues: ScenarioIssue[] = [];
  const range = dataRange(data);
  if (scenario.asOf < range.from || scenario.asOf > range.to)
    issues.push({
      path: ["asOf"],
      message: `date out of range: ${scenario.asOf} is outside the data, which covers ${range.from} to ${range.to}`,
    });
  const types = data.machineTypes.map((m) => m.machineType);
  const checkType = (type: string, path: (string | number)[]): void => {
    if (!types.includes(type))
      issues.push({
        path,
        message: `unknown machine type '${type}'; expected one of ${types.join(", ")}`,
      });
  };
  for (const type of Object.keys(scenario.breakout.machineSwuPerYear ?? {}))
    checkType(type, ["breakout", "machineSwuPerYear", type]);
  scenario.breakout.extraMachines?.forEach((m, i) => {
    checkType(m.machineType, ["breakout", "extraMachines", i, "machineType"]);
  });
  const program = scenario.program;
  const fleets = [
    ["overrides", program.overrides?.fleet],
    ["inline", program.inline?.fleet],
  ] as const;
  for (const [where, fleet] of fleets)
    fleet?.forEach((f, i) => {
      checkType(f.machineType, ["program", where, "fleet", i, "machineType"]);
    });
  const events: ScenarioEvent[] = [];
  scenario.events.forEach((e, i) => {
    if (typeof e === "string") {
      const found = data.events.find((x) => x.id === e);
      if (!found)
        issues.push({
          path: ["events", i],
          message: `unknown event '${e}'; give an id from data/timeline.json or an event with date, title and source`,
        });
      else events.push({ ...found, from: "data" });
    } else events.push({ id: `scenario-${i}`, ...e, from: "scenario" });
  });
  const actors = scenario.actors ? actorsInputs(scenario.actors) : null;
  if (actors && !actors.ok) issues.push(...actors.issues);
  const states = scenarioStates(program, data.reports, data.machineTypes);
  if (!states.ok) issues.push(...states.issues);
  if (issues.length > 0 || !states.ok || (actors && !actors.ok)) return { ok: false, issues };
  const { assumptions, userSet } = scenarioAssumptions(scenario.breakout, data.machineTypes);
  const warnings: string[] = [];
  if (states.value.state.date > scenario.asOf)
    warnings.push(
      `the program state is dated ${states.value.state.date}, after the scenario's asOf ${scenario.asOf}`,
    );
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    ok: true,
    resolved: {
      scenario,
      ...states.value,
      assumptions,
      userSet,
      events,
      actorSet: actors ? { set: actors.set, uncertain: actors.uncertain } : null,
      dataVersion: data.dataVersion,
      warnings,
    },
  };
}
