// The data-audit use case (`leverage data audit`): how well sourced the bundled data is. Counts figures by the kind of their
// source, lists every figure whose only source is a blog, a thread reader or a forum, and the report
// ids that no source confirmed. Reads the validated files; no engine involved.
import {
  type IaeaReportRecord,
  SOURCE_KINDS,
  type SourceKind,
  type WeakVenue,
} from "../../core/index.js";
import {
  loadMachineTypes,
  loadReports,
  loadRules,
  loadSources,
  loadTimeline,
  type SourceEntry,
} from "../../data/index.js";

/** A figure (or a rule, or an event) that rests only on weak venues. */
export interface WeakOnly {
  file: string;
  /** Where in the file, e.g. `2020-09 stocksKgU.upTo5` or `limits[3] (single_enrichment_site)`. */
  where: string;
  value: number | null;
  urls: string[];
  venues: WeakVenue[];
}

export interface DataAudit {
  dataVersion: string;
  /** Figures in iaea-reports.json (numbers with a source), by the kind of their source. */
  figuresByKind: Record<SourceKind, number>;
  weakOnly: WeakOnly[];
  /** Reports whose IAEA id was never seen in a source (shown, but not confirmed). */
  unconfirmedReportIds: { label: string; reportId: string }[];
}

type Node = unknown;
const isRecord = (x: Node): x is Record<string, unknown> =>
  x !== null && typeof x === "object" && !Array.isArray(x);

/** Every object in a tree with its path. */
function objectsIn(node: Node, path = ""): { path: string; object: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap((x, i) => objectsIn(x, `${path}[${i}]`));
  if (!isRecord(node)) return [];
  return [
    { path, object: node },
    ...Object.entries(node).flatMap(([k, v]) => objectsIn(v, path ? `${path}.${k}` : k)),
  ];
}

/** The URLs an object cites directly (not those of the objects inside it). */
function citedUrls(o: Record<string, unknown>): string[] {
  const urls: string[] = [];
  for (const key of ["source", "url"]) if (typeof o[key] === "string") urls.push(o[key] as string);
  for (const key of ["sources", "alsoSources"]) {
    const list = o[key];
    if (Array.isArray(list))
      for (const x of list) urls.push(isRecord(x) ? String(x.url) : String(x));
  }
  return urls;
}

/** The object's URLs when every one of them is a weak venue; null otherwise. */
function weakVenues(urls: string[], catalogue: Map<string, SourceEntry>): WeakVenue[] | null {
  if (urls.length === 0) return null;
  const venues = urls.map((u) => catalogue.get(u)?.venue);
  return venues.every((v) => v !== undefined) ? (venues as WeakVenue[]) : null;
}

function reportFigures(reports: IaeaReportRecord[], catalogue: Map<string, SourceEntry>) {
  const byKind = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>;
  const weak: WeakOnly[] = [];
  for (const report of reports) {
    for (const { path, object } of objectsIn(report)) {
      if (typeof object.value !== "number" || typeof object.source !== "string") continue;
      byKind[object.sourceKind as SourceKind]++;
      const venues = weakVenues([object.source], catalogue);
      if (venues)
        weak.push({
          file: "iaea-reports.json",
          where: `${report.label} ${path}`,
          value: object.value,
          urls: [object.source],
          venues,
        });
    }
  }
  return { byKind, weak };
}

/** Rules, machine types and events whose sources are all weak venues. */
function otherFiles(catalogue: Map<string, SourceEntry>): WeakOnly[] {
  const files: [string, Node][] = [
    ["jcpoa-rules.json", loadRules()],
    ["centrifuges.json", loadMachineTypes().machineTypes],
    ["timeline.json", loadTimeline().events],
  ];
  return files.flatMap(([file, data]) =>
    objectsIn(data).flatMap(({ path, object }) => {
      const urls = citedUrls(object);
      const venues = weakVenues(urls, catalogue);
      if (!venues) return [];
      const name = object.id ?? object.machineType ?? object.event;
      return [
        {
          file,
          where: name ? `${path} (${String(name)})` : path,
          value: null,
          urls,
          venues,
        },
      ];
    }),
  );
}

/** The audit of the bundled data. */
export function auditData(): DataAudit {
  const { dataVersion, reports } = loadReports();
  const catalogue = loadSources().byUrl;
  const { byKind, weak } = reportFigures(reports, catalogue);
  return {
    dataVersion,
    figuresByKind: byKind,
    weakOnly: [...weak, ...otherFiles(catalogue)],
    unconfirmedReportIds: reports.flatMap((r) =>
      r.reportIdUnverified ? [{ label: r.label, reportId: r.reportIdUnverified }] : [],
    ),
  };
}
