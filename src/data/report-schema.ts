// The zod schema of data/iaea-reports.json, the same shape as the core's IaeaReportRecord.
import { z } from "zod";
import type { IaeaReportRecord } from "../core/index.js";
import { FLEET_SITES, MACHINE_TYPES } from "./fleet-keys.js";
import {
  dataVersion,
  httpUrl,
  iaeaReportId,
  isoDate,
  nonEmptyText,
  sourcedFigureSchema,
  sourceKind,
} from "./schema-parts.js";

const figure = sourcedFigureSchema.optional();

const fleetRecordSchema = z.strictObject({
  site: z.enum(FLEET_SITES, { error: `must be one of ${FLEET_SITES.join(", ")}` }),
  machineType: z.enum(MACHINE_TYPES, { error: `must be one of ${MACHINE_TYPES.join(", ")}` }),
  installedMachines: figure,
  installedCascades: figure,
  enrichingMachines: figure,
  enrichingCascades: figure,
  statusDate: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: "must be YYYY-MM or YYYY-MM-DD" })
    .optional(),
  note: nonEmptyText.optional(),
});

const BANDS = ["natural", "upTo2", "upTo5", "upTo20", "upTo60"] as const;
const band = z.enum(BANDS, { error: `must be one of ${BANDS.join(", ")}` });
const site = z.enum(FLEET_SITES, { error: `must be one of ${FLEET_SITES.join(", ")}` });

const productionRateSchema = z.strictObject({
  product: band,
  feed: band,
  sites: z.array(site).min(1),
  kgUPerMonth: sourcedFigureSchema,
  atLeast: z.boolean().optional(),
  period: nonEmptyText,
  note: nonEmptyText,
});

const capacityEventSchema = z
  .strictObject({
    id: nonEmptyText,
    what: nonEmptyText,
    from: isoDate,
    until: isoDate.nullable(),
    sites: z.array(site).min(1),
    machineTypes: z.array(z.enum(MACHINE_TYPES)).min(1),
    scaleLow: z.number().min(0).max(1),
    scaleHigh: z.number().min(0).max(1),
    basis: nonEmptyText,
    source: httpUrl,
    sourceKind,
    alsoSources: z.array(httpUrl).optional(),
  })
  .refine((e) => e.scaleLow <= e.scaleHigh, {
    error: "scaleLow must not exceed scaleHigh",
    path: ["scaleLow"],
  })
  .refine((e) => e.until === null || e.from < e.until, {
    error: "until must come after from",
    path: ["until"],
  });

const publishedEstimateSchema = z.strictObject({
  by: nonEmptyText,
  url: httpUrl,
  date: isoDate,
  text: nonEmptyText,
  days: z.number().positive(),
  lowDays: z.number().positive().optional(),
  highDays: z.number().positive().optional(),
  basis: nonEmptyText,
  scenario: nonEmptyText.optional(),
  weaponsByMonth: z
    .array(z.strictObject({ months: z.int().positive(), weapons: z.int().positive() }))
    .optional(),
  daysNote: nonEmptyText.optional(),
});

export const reportRecordSchema = z.strictObject({
  label: z.string().regex(/^\d{4}-\d{2}([a-z]|-\d{2})?$/, {
    error: 'must look like "YYYY-MM" (or "YYYY-MMb"), or "YYYY-MM-DD" for an interim report',
  }),
  kind: z.enum(["quarterly", "interim"], { error: "must be quarterly or interim" }),
  reportId: iaeaReportId.nullable(),
  reportIdUnverified: nonEmptyText.optional(),
  reportDate: isoDate,
  asOfDate: isoDate.nullable(),
  stocksKgU: z.strictObject({
    natural: figure,
    upTo2: figure,
    upTo5: figure,
    upTo20: figure,
    upTo60: figure,
    total: figure,
  }),
  residualBelow20KgU: figure,
  fleet: z.array(fleetRecordSchema),
  fleetReset: z.strictObject({ reason: nonEmptyText, source: httpUrl }).optional(),
  accessLost: z.strictObject({ since: isoDate, reason: nonEmptyText, source: httpUrl }).optional(),
  capacitySwuPerYear: figure,
  production60KgUPerMonth: figure,
  production20KgUPerMonth: figure,
  productionLeuKgUPerMonth: figure,
  productionRates: z.array(productionRateSchema).optional(),
  capacityEvents: z.array(capacityEventSchema).optional(),
  continuityOfKnowledge: nonEmptyText.optional(),
  conflicts: z.array(
    z.strictObject({
      field: nonEmptyText,
      values: z.array(sourcedFigureSchema).min(2, { error: "a conflict needs two or more values" }),
      resolution: nonEmptyText,
    }),
  ),
  publishedEstimates: z.array(publishedEstimateSchema),
  notes: z.array(nonEmptyText),
  sources: z.array(z.strictObject({ url: httpUrl, supports: nonEmptyText })),
});

// Compile-time guard: the schema's output must stay assignable to the core's contract.
const _contract: z.ZodType<IaeaReportRecord> = reportRecordSchema;
void _contract;

export const reportsFileSchema = z
  .strictObject({
    dataVersion,
    description: nonEmptyText,
    omittedReports: z
      .array(
        z.strictObject({
          label: nonEmptyText,
          reportIdUnverified: z.string().nullable(),
          reason: nonEmptyText,
        }),
      )
      .optional(),
    reports: z.array(reportRecordSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.reports.forEach((report, i) => {
      if (seen.has(report.label)) {
        ctx.addIssue({ code: "custom", path: ["reports", i, "label"], message: "duplicate label" });
      }
      seen.add(report.label);
      const interimLabel = /^\d{4}-\d{2}-\d{2}$/.test(report.label);
      if (interimLabel !== (report.kind === "interim")) {
        ctx.addIssue({
          code: "custom",
          path: ["reports", i, "label"],
          message:
            "an interim report is labelled by its date (YYYY-MM-DD), a quarterly one by its month",
        });
      }
      if (report.kind === "interim" && report.label !== report.reportDate) {
        ctx.addIssue({
          code: "custom",
          path: ["reports", i, "label"],
          message: `an interim report's label is its report date (${report.reportDate})`,
        });
      }
      const previous = file.reports[i - 1];
      if (previous && previous.reportDate > report.reportDate) {
        ctx.addIssue({
          code: "custom",
          path: ["reports", i, "reportDate"],
          message: `reports must be sorted by date (${report.reportDate} follows ${previous.reportDate})`,
        });
      }
    });
  });

export type ReportsFile = z.infer<typeof reportsFileSchema>;
