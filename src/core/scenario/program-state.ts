// The program state a scenario runs on: a report's (gaps carried forward and named) with the
// scenario's overrides, or an inline state. Also the earlier reports' states, for the trend.
import {
  defaultBandAssay,
  type FleetGroup,
  type IaeaReportRecord,
  type MachineTypeRecord,
  type ProgramState,
  resolveProgramState,
  type StockBand,
  withUserFigures,
} from "../program/index.js";
import type { ScenarioIssue } from "./parse-scenario.js";
import type { ScenarioFile } from "./scenario-schema.js";

type StateParts = NonNullable<ScenarioFile["program"]["overrides"]>;

const SCENARIO = { origin: "user" as const, source: "set in the scenario" };

function fleetGroups(
  fleet: NonNullable<StateParts["fleet"]>,
  machineTypes: MachineTypeRecord[],
): FleetGroup[] {
  return fleet.map((f) => ({
    site: f.site,
    machineType: f.machineType,
    installedMachines: f.machines,
    enrichingMachines: Math.min(f.machines, f.enrichingMachines ?? f.machines),
    machinesPerCascade:
      machineTypes.find((m) => m.machineType === f.machineType)?.machinesPerCascade ?? 170,
    provenance: { ...SCENARIO, ...(f.note ? { note: f.note } : {}) },
  }));
}

/** `state` with the scenario's stock and fleet figures in place of the report's. */
export function applyOverrides(
  state: ProgramState,
  parts: StateParts | undefined,
  machineTypes: MachineTypeRecord[],
): ProgramState {
  if (!parts) return state;
  const given = Object.entries(parts.stocksKgU ?? {}) as [StockBand, number][];
  const stocks = state.stocks.filter((s) => !given.some(([band]) => band === s.band));
  for (const [band, kgU] of given) {
    const assay =
      state.stocks.find((s) => s.band === band)?.assay ?? defaultBandAssay(band, state.date).assay;
    stocks.push({ band, kgU, assay, provenance: SCENARIO });
  }
  const fleet = parts.fleet ? fleetGroups(parts.fleet, machineTypes) : state.fleet;
  return {
    ...withUserFigures(
      state,
      given.map(([band]) => band),
      parts.fleet !== undefined,
    ),
    stocks,
    fleet,
    warnings: [
      ...state.warnings,
      ...given.map(([band, kgU]) => `${band} set by the scenario to ${kgU} kgU`),
      ...(parts.fleet ? ["fleet given by the scenario"] : []),
    ],
  };
}

export interface ScenarioStates {
  /** The state the clock runs on. */
  state: ProgramState;
  /** The states of the reports up to it (the last is `state`), for the trend. */
  trendStates: ProgramState[];
}

/** Resolves the program section against the reports; an unknown report is an issue at its path. */
export function scenarioStates(
  program: ScenarioFile["program"],
  reports: IaeaReportRecord[],
  machineTypes: MachineTypeRecord[],
): { ok: true; value: ScenarioStates } | { ok: false; issues: ScenarioIssue[] } {
  if (program.inline) {
    const blank: ProgramState = {
      label: "scenario",
      date: program.inline.date,
      stocks: [],
      fleet: [],
      warnings: [],
    };
    const state = applyOverrides(blank, program.inline, machineTypes);
    return { ok: true, value: { state, trendStates: [state] } };
  }
  const label = program.report as string;
  const index = reports.findIndex((r) => r.label === label);
  if (index < 0)
    return {
      ok: false,
      issues: [
        {
          path: ["program", "report"],
          message: `unknown report '${label}'; expected one of ${reports.map((r) => r.label).join(", ")}`,
        },
      ],
    };
  const trendStates = reports.slice(0, index + 1).flatMap((r) => {
    const resolved = resolveProgramState(reports, r.label, machineTypes);
    return resolved.ok ? [resolved.state] : [];
  });
  const state = applyOverrides(
    trendStates[trendStates.length - 1],
    program.overrides,
    machineTypes,
  );
  trendStates[trendStates.length - 1] = state;
  return { ok: true, value: { state, trendStates } };
}
