// Loader for data/jcpoa-rules.json: JCPOA Annex I limits and milestones, UNSCR 2231 snapback,
// the JCPOA dispute mechanism and INARA, each rule with its source URLs.
import { z } from "zod";
import { readDataFile } from "./data-file.js";
import { dataVersion, httpUrl, isoDate, nonEmptyText } from "./schema-parts.js";

const sources = z.array(httpUrl).min(1, { error: "needs at least one source URL" });
const days = z.int().nonnegative({ error: "must be a whole number of days ≥ 0" });

/** A dated happening; the date is an ISO day, or a year range like "2018-2019" where the source gives one. */
const datedEvent = z.strictObject({
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}-\d{2}|-\d{4})?$/, { error: "must be YYYY-MM-DD or YYYY-YYYY" }),
  event: nonEmptyText,
  source: httpUrl,
  alsoSources: z.array(httpUrl).optional(),
  note: nonEmptyText.optional(),
});

const limitSchema = z.strictObject({
  id: nonEmptyText,
  text: nonEmptyText,
  /** Years from Implementation Day (Annex I para 1); null when staged (see durationText). */
  durationYears: z.number().positive().nullable(),
  durationText: nonEmptyText.optional(),
  /** Machine-readable limits, units in the names (maxAssay is a fraction, 0.0367 = 3.67 %). */
  values: z.record(z.string(), z.number().nonnegative()).optional(),
  machineType: nonEmptyText.optional(),
  site: nonEmptyText.optional(),
  note: nonEmptyText.optional(),
  sources,
});

const rulesFileSchema = z.strictObject({
  dataVersion,
  description: nonEmptyText,
  jcpoa: z.strictObject({
    summary: nonEmptyText,
    durationsCountedFrom: z.strictObject({
      rule: nonEmptyText,
      milestone: nonEmptyText,
      date: isoDate,
      source: httpUrl,
    }),
    limits: z.array(limitSchema).min(1),
    milestones: z.array(
      z.strictObject({ name: nonEmptyText, date: isoDate, definition: nonEmptyText, sources }),
    ),
  }),
  snapback: z.strictObject({
    legalBasis: nonEmptyText,
    paragraphs: z.array(
      z.strictObject({
        para: z.int().positive(),
        content: nonEmptyText,
        verified: z.boolean(),
        sources,
      }),
    ),
    dayCounts: z.strictObject({
      clockDays: days,
      draftTablingDeadlineDays: days,
      reimpositionTime: nonEmptyText,
      vetoDynamics: nonEmptyText,
      sources,
    }),
    reimposes: z.strictObject({
      resolutions: z.array(nonEmptyText),
      measures: z.array(nonEmptyText),
      sources,
    }),
    eligibilityDispute: z.strictObject({ text: nonEmptyText, sources }),
    history: z.array(datedEvent),
    notes: z.array(nonEmptyText),
  }),
  disputeMechanism: z.strictObject({
    legalBasis: nonEmptyText,
    steps: z.array(
      z.strictObject({
        step: nonEmptyText,
        forum: nonEmptyText,
        days: days.optional(),
        extendable: nonEmptyText.optional(),
        content: nonEmptyText,
        note: nonEmptyText.optional(),
        sources,
      }),
    ),
    minimumTotalDays: days,
    minimumTotalNote: nonEmptyText,
    minimumTotalSources: sources,
    uses: z.array(datedEvent),
  }),
  inara: z.strictObject({
    citation: nonEmptyText,
    sources,
    provisions: z.array(
      z.strictObject({
        id: nonEmptyText,
        days: days.optional(),
        altDays: days.optional(),
        altCondition: nonEmptyText.optional(),
        content: nonEmptyText,
        verified: z.boolean().optional(),
        note: nonEmptyText.optional(),
        sources,
      }),
    ),
    application: z.array(datedEvent),
  }),
});

export type JcpoaRules = z.infer<typeof rulesFileSchema>;
export type JcpoaLimitRule = z.infer<typeof limitSchema>;

/** The rules file, validated once per process. */
export function loadRules(): JcpoaRules {
  return readDataFile("jcpoa-rules.json", rulesFileSchema);
}
