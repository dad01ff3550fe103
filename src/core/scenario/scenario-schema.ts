// The scenario file (YAML): one case, stated in full. Embeds the bargaining game and strategy
// schemas and the actors config schema rather than re-declaring them. Unknown keys are errors.
import { z } from "zod";
import { actorsConfigSchema } from "../actors/config-schema.js";
import { BARGAINING_GAME_SCHEMA, BARGAINING_STRATEGY_SCHEMA } from "../bargaining/config-schema.js";
import { noteField } from "../bargaining/uncertain-field.js";
import { parseIsoDate } from "../calendar/iso-date.js";
import { MAX_SEED } from "../rng.js";
import { ENRICHED_STOCK_BANDS, SCENARIO_BREAKOUT_SCHEMA } from "./breakout-schema.js";
import { CLAIM_SCHEMA } from "./claim-schema.js";

/** A real calendar day written as YYYY-MM-DD. */
export const scenarioDate = z.string().superRefine((text, ctx) => {
  const parsed = parseIsoDate(text);
  if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.error });
});

const source = z.string().optional();
const fleetEntry = z.strictObject({
  site: z.string().min(1),
  machineType: z.string().min(1),
  machines: z.number().int().min(0).max(1_000_000),
  /** Machines enriching, when fewer than installed. */
  enrichingMachines: z.number().int().min(0).max(1_000_000).optional(),
  note: noteField,
});
const stocks = z.partialRecord(z.enum(ENRICHED_STOCK_BANDS), z.number().min(0).max(1e7));
const stateParts = { stocksKgU: stocks.optional(), fleet: z.array(fleetEntry).optional() };

const programSchema = z
  .strictObject({
    /** An IAEA report label in data/iaea-reports.json ("2021-11"). */
    report: z.string().min(1).optional(),
    /** Figures that replace the report's (a fleet given here replaces the whole fleet). */
    overrides: z.strictObject({ ...stateParts, note: noteField, source }).optional(),
    /** A state of one's own instead of a report. */
    inline: z
      .strictObject({ date: scenarioDate, ...stateParts, note: noteField, source })
      .optional(),
    note: noteField,
    source,
  })
  .superRefine((p, ctx) => {
    if ((p.report === undefined) === (p.inline === undefined))
      ctx.addIssue({ code: "custom", message: "give either program.report or program.inline" });
    if (p.inline && p.overrides)
      ctx.addIssue({
        code: "custom",
        path: ["overrides"],
        message: "overrides apply to a report; put inline figures in program.inline",
      });
  });

const breakoutForGame = BARGAINING_GAME_SCHEMA.shape.breakout;
/** The game, with the breakout series optional: by default the scenario computes it from the clock. */
export const SCENARIO_GAME_SCHEMA = BARGAINING_GAME_SCHEMA.extend({
  breakout: breakoutForGame
    .extend({ series: breakoutForGame.shape.series.optional() })
    .prefault({}),
});

const clockSchema = z.strictObject({
  clock: z.enum(["inara", "snapback", "drm"]),
  /** The agreement (INARA), notification (snapback) or referral (drm) date. */
  from: scenarioDate,
  label: z.string().optional(),
  transmitted: scenarioDate.optional(),
  disapproval: z.boolean().optional(),
  reviewRule: z.enum(["statute", "every-year"]).optional(),
  advisory: z.enum(["none", "parallel", "after"]).optional(),
  note: noteField,
  source,
});

const eventSchema = z.union([
  z.string().min(1),
  z.strictObject({
    date: scenarioDate,
    title: z.string().min(1),
    confidence: z.enum(["high", "medium", "low"]).default("medium"),
    source,
    note: noteField,
  }),
]);

const actorsSchema = actorsConfigSchema.extend({
  model: z.enum(["mean", "median", "bdm", "smp"]).default("smp"),
  /** Monte Carlo draws over the uncertain capabilities, positions and saliences (0 = none). */
  draws: z.number().int().min(0).max(10_000).default(50),
  note: noteField,
  source,
});

/** The whole scenario file. */
export const SCENARIO_SCHEMA = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  /** The day the analysis describes. */
  asOf: scenarioDate,
  program: programSchema,
  breakout: SCENARIO_BREAKOUT_SCHEMA.prefault({}),
  actors: actorsSchema.optional(),
  game: SCENARIO_GAME_SCHEMA,
  strategies: z.array(BARGAINING_STRATEGY_SCHEMA).min(1, "give at least one strategy"),
  deadline: scenarioDate.optional(),
  clocks: z.array(clockSchema).default([]),
  events: z.array(eventSchema).default([]),
  claims: z.array(CLAIM_SCHEMA).default([]),
  /** Monte Carlo draws of the clock and of each strategy. */
  samples: z.number().int().min(100).max(1_000_000).default(4000),
  /** Draws per end of each one-at-a-time sensitivity run (default: samples / 4, at least 200). */
  sensitivitySamples: z.number().int().min(50).max(100_000).optional(),
  seed: z.number().int().min(0).max(MAX_SEED).default(1),
  note: noteField,
  source,
});

export type ScenarioInput = z.input<typeof SCENARIO_SCHEMA>;
export type ScenarioFile = z.output<typeof SCENARIO_SCHEMA>;
