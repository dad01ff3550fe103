import { z } from "zod";
import { parseKtabSeed } from "./smp/ktab-prng.js";
import { SMP_CHOICES } from "./smp/smp-settings.js";

/** A number, or an uncertain quantity in the text forms of `parseDist` ("20 to 40", "normal(5,1)"). */
const quantity = z.union([z.number(), z.string().min(1)]);

/** A series by round: [[round, value], …], linear between points. */
const series = z
  .array(z.tuple([z.number().int().min(0), z.number()]))
  .min(1, "a series needs at least one [round, value] point");

/** Where a judged value comes from. */
const basis = z.enum(["analyst judgement", "published", "derived"]);

/**
 * One judged input: a plain number or text quantity, or an object that also says where it comes
 * from and why (`basis`, `note`), and may follow a series by round instead of a constant.
 */
export const judgedValueSchema = z.union([
  quantity,
  z.strictObject({
    value: quantity.optional(),
    series: series.optional(),
    basis: basis.optional(),
    note: z.string().optional(),
    /** Where the judgement comes from (a URL or a citation), shown beside it in reports. */
    source: z.string().optional(),
  }),
]);

export const actorConfigSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  /** Relative power to move outcomes, ≥ 0 (any unit). */
  capability: judgedValueSchema,
  /** Dimension id → position on 0–100. */
  positions: z.record(z.string(), judgedValueSchema),
  /** Dimension id → salience on 0–100; an actor's saliences sum to at most 100 (KTAB). */
  saliences: z.record(z.string(), judgedValueSchema),
});

export const dimensionConfigSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, "use lower-case letters, digits and dashes"),
  name: z.string().min(1),
  /** What 0 and 100 mean on this dimension. */
  scale: z.string().optional(),
});

const smpSettingsSchema = z
  .strictObject({
    victoryProbModel: z.enum(SMP_CHOICES.victoryProbModel),
    pceModel: z.enum(SMP_CHOICES.pceModel),
    stateTransMode: z.enum(SMP_CHOICES.stateTransMode),
    votingRule: z.enum(SMP_CHOICES.votingRule),
    bigRAdjust: z.enum(SMP_CHOICES.bigRAdjust),
    bigRRange: z.enum(SMP_CHOICES.bigRRange),
    thirdPartyCommit: z.enum(SMP_CHOICES.thirdPartyCommit),
    interVecBrgn: z.enum(SMP_CHOICES.interVecBrgn),
    bargnModel: z.enum(SMP_CHOICES.bargnModel),
    maxTurns: z.number().int().min(1).max(10000),
    stopRatio: z.number().min(0).max(1),
    /** KTAB's seed for the stochastic transition, as a string: 1 … 2⁶⁴ − 1 exceeds exact numbers. */
    prngSeed: z
      .string()
      .regex(/^[1-9][0-9]{0,19}$/, "use a whole number 1 … 2^64 − 1")
      .refine((text) => parseKtabSeed(text) !== undefined, "use a whole number 1 … 2^64 − 1"),
  })
  .partial();

const bdmSettingsSchema = z
  .strictObject({
    probabilityForm: z.enum(["coalition", "net", "global"]),
    offerRule: z.enum(["closest", "largest-eu", "mean"]),
    q: z.number().min(0).max(1),
    t: z.number().min(0).max(1),
    maxRounds: z.number().int().min(1).max(10000),
    tolerance: z.number().min(0),
  })
  .partial();

/**
 * An actor-model configuration file (YAML): dimensions, actors with capability and a position and
 * salience per dimension, and optional model settings. The scenario schema embeds this.
 */
export const actorsConfigSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  /** The date the judgements describe (ISO yyyy-mm-dd). */
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "use yyyy-mm-dd")
    .optional(),
  dimensions: z.array(dimensionConfigSchema).min(1, "at least one dimension"),
  actors: z.array(actorConfigSchema).min(1, "at least one actor"),
  settings: z
    .strictObject({ smp: smpSettingsSchema.optional(), bdm: bdmSettingsSchema.optional() })
    .optional(),
});

export type ActorsConfig = z.infer<typeof actorsConfigSchema>;
export type JudgedValue = z.infer<typeof judgedValueSchema>;
