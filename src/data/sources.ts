// Loader for data/sources.json: every URL cited in data/ with the kind of source it is.
import { z } from "zod";
import type { SourceKind, WeakVenue } from "../core/index.js";
import { readDataFile } from "./data-file.js";
import { dataVersion, httpUrl, nonEmptyText, sourceKind, weakVenue } from "./schema-parts.js";

const sourcesFileSchema = z
  .strictObject({
    dataVersion,
    description: nonEmptyText,
    sources: z.array(
      z.strictObject({
        url: httpUrl,
        sourceKind,
        venue: weakVenue.optional(),
        publisher: nonEmptyText,
      }),
    ),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.sources.forEach((s, i) => {
      if (seen.has(s.url))
        ctx.addIssue({ code: "custom", path: ["sources", i, "url"], message: "duplicate URL" });
      seen.add(s.url);
    });
  });

export interface SourceEntry {
  url: string;
  sourceKind: SourceKind;
  venue?: WeakVenue;
  publisher: string;
}

/** The source catalogue, keyed by URL. */
export function loadSources(): { dataVersion: string; byUrl: Map<string, SourceEntry> } {
  const file = readDataFile("sources.json", sourcesFileSchema);
  return { dataVersion: file.dataVersion, byUrl: new Map(file.sources.map((s) => [s.url, s])) };
}
