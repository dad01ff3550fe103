// The bundled data a scenario resolves against, read once through the Node loaders.
import type { ScenarioData } from "../core/index.js";
import { loadMachineTypes, loadReports, loadTimeline } from "../data/index.js";

/** Reports, machine types and timeline events, with the reports file's data version. */
export function loadScenarioData(): ScenarioData {
  const { dataVersion, reports } = loadReports();
  const { machineTypes } = loadMachineTypes();
  const { events } = loadTimeline();
  return {
    dataVersion,
    reports,
    machineTypes,
    events: events.map((e) => ({
      id: e.id,
      date: e.date,
      title: e.title,
      confidence: e.confidence,
      source: e.source,
      ...(e.note ? { note: e.note } : {}),
    })),
  };
}
