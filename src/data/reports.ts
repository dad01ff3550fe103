// Loader for data/iaea-reports.json: every IAEA report as a normalised, sourced record.
import type { IaeaReportRecord } from "../core/index.js";
import { readDataFile } from "./data-file.js";
import { reportsFileSchema } from "./report-schema.js";

export interface LoadedReports {
  /** "YYYY-MM-DD.N": recorded with every run so results can be traced to the data. */
  dataVersion: string;
  /** Sorted by report date; labels unique. */
  reports: IaeaReportRecord[];
  /** Reports known to exist but without a record (no date and no figure found). */
  omittedReports: { label: string; reportIdUnverified: string | null; reason: string }[];
}

/** All report records, validated once per process. Throws DataFileError if the file is malformed. */
export function loadReports(): LoadedReports {
  const file = readDataFile("iaea-reports.json", reportsFileSchema);
  return {
    dataVersion: file.dataVersion,
    reports: file.reports,
    omittedReports: file.omittedReports ?? [],
  };
}

export type FindReportResult =
  | { ok: true; report: IaeaReportRecord }
  | { ok: false; error: string; knownLabels: string[] };

/**
 * The record for a label ("2021-11"). An unknown label is a returned error that lists the known
 * labels, and points to the report whose stock figures date from that month when there is one
 * (e.g. "2020-02" → the "2020-03" report, as of 19 Feb 2020).
 */
export function findReport(
  label: string,
  reports: IaeaReportRecord[] = loadReports().reports,
): FindReportResult {
  const report = reports.find((r) => r.label === label);
  if (report) return { ok: true, report };
  const knownLabels = reports.map((r) => r.label);
  const asOf = reports.find((r) => r.asOfDate?.startsWith(`${label}-`));
  const hint = asOf ? ` The ${asOf.label} report gives figures as of ${asOf.asOfDate}.` : "";
  return {
    ok: false,
    error: `no IAEA report labelled "${label}".${hint} Known labels: ${knownLabels.join(", ")}`,
    knownLabels,
  };
}
