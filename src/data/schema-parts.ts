// Zod pieces shared by the data-file schemas: URLs, dates, and the sourced figure.
import { z } from "zod";
import { SOURCE_KINDS, WEAK_VENUES } from "../core/index.js";

/** An http(s) URL: every figure and rule in data/ carries one. */
export const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

/** An ISO calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date({ error: "must be an ISO date YYYY-MM-DD" });

export const nonEmptyText = z.string().min(1, { error: "must not be empty" });

export const sourceKind = z.enum(SOURCE_KINDS, {
  error: `must be one of ${SOURCE_KINDS.join(", ")}`,
});
export const weakVenue = z.enum(WEAK_VENUES, { error: `must be one of ${WEAK_VENUES.join(", ")}` });

/** An IAEA document number, e.g. "GOV/2021/51" or "GOV/INF/2023/1". */
export const iaeaReportId = z
  .string()
  .regex(/^GOV\/(INF\/)?\d{4}\/\d+$/, { error: 'must look like "GOV/2021/51"' });

/** A number with its source and the kind of source; a derived figure must say how it was derived. */
export const sourcedFigureSchema = z
  .strictObject({
    value: z.number().nonnegative({ error: "must be a number ≥ 0" }),
    source: httpUrl,
    sourceKind,
    venue: weakVenue.optional(),
    reportId: iaeaReportId.optional(),
    reportIdConfirmed: z.literal(false).optional(),
    asOfDate: isoDate.optional(),
    derived: z.boolean().optional(),
    secondary: z.boolean().optional(),
    note: nonEmptyText.optional(),
  })
  .refine((figure) => !figure.derived || figure.note !== undefined, {
    error: "a derived figure needs a note saying how it was computed",
    path: ["note"],
  });

/** The data version stamp: the date of the build and a counter, e.g. "2026-11-30.1". */
export const dataVersion = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}\.\d+$/, { error: 'must look like "YYYY-MM-DD.N"' });
