// Node-edge loaders for the bundled data files (data/*.json), validated with zod.

export { appVersion } from "./app-version.js";
export { findMachineType, loadMachineTypes, type MachineTypeKey } from "./centrifuges.js";
export { DataFileError, parseDataFile, readDataFile } from "./data-file.js";
export { FLEET_SITES, type FleetSite, MACHINE_TYPES } from "./fleet-keys.js";
export { type ReportsFile, reportsFileSchema } from "./report-schema.js";
export { type FindReportResult, findReport, type LoadedReports, loadReports } from "./reports.js";
export { type JcpoaLimitRule, type JcpoaRules, loadRules } from "./rules.js";
export { loadSources, type SourceEntry } from "./sources.js";
export { eventsBetween, loadTimeline, type TimelineEvent } from "./timeline.js";
