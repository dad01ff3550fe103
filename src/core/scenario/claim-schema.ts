// The claims a scenario checks: one entry per claim of the brief, each with a kind of check.
// Every kind is explained in docs/scenarios.md, with the value it reports and its default thresholds.
import { z } from "zod";
import { noteField } from "../bargaining/uncertain-field.js";

const strategy = z.string().min(1, "name a strategy of this scenario");
const probability = z.number().min(0).max(1);

export const CLAIM_CHECK_SCHEMA = z.discriminatedUnion("kind", [
  /** P(first quantity < days) over the clock's draws (or ≥ days with `below: false`). */
  z.strictObject({
    kind: z.literal("breakout"),
    days: z.number().positive().max(3650),
    below: z.boolean().default(true),
  }),
  /** The rise in Iran's no-deal value over `months`, from the clock's projection. */
  z.strictObject({
    kind: z.literal("leverage-trend"),
    months: z.number().int().min(1).max(36).default(6),
  }),
  /** P(a deal by the game's dealBy date on terms below `benchmark`) + P(no deal by then). */
  z.strictObject({
    kind: z.literal("weak-deal-or-delay"),
    strategy,
    benchmark: probability,
  }),
  /** A judgement input: the credibilities assumed, and how far they move P(deal by date). */
  z.strictObject({
    kind: z.literal("credibility"),
    strategy,
    inputs: z.array(z.string().min(1)).min(1).optional(),
  }),
  /** A judgement input: the actors' forecast on a dimension, and how far positions move it. */
  z.strictObject({
    kind: z.literal("positions"),
    dimension: z.string().min(1),
    actors: z.array(z.string().min(1)).min(1).optional(),
    /** Points (0–100) a position or salience given as a number is moved each way. */
    shift: z.number().positive().max(50).default(10),
  }),
  /** Delay of the mean deal week with talks every k weeks, against every `everyWeeks` weeks. */
  z.strictObject({
    kind: z.literal("talk-frequency"),
    strategy,
    everyWeeks: z.number().int().min(1).max(52).default(1),
  }),
  /** The US expected utility of `strategy` minus `baseline`; for a deadline, strike or INARA. */
  z.strictObject({ kind: z.literal("deadline"), strategy, baseline: strategy }),
  z.strictObject({ kind: z.literal("strike-option"), strategy, baseline: strategy }),
  z.strictObject({ kind: z.literal("ratification"), strategy, baseline: strategy }),
]);

export const CLAIM_SCHEMA = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "use lower-case letters, digits and dashes"),
  /** The brief's words. */
  statement: z.string().min(1),
  check: CLAIM_CHECK_SCHEMA,
  /** Verdict thresholds on the claim's value: holds at ≥ holds, holds weakly at ≥ weakly. */
  thresholds: z
    .strictObject({ holds: z.number(), weakly: z.number() })
    .refine((t) => t.weakly <= t.holds, "weakly must be ≤ holds")
    .optional(),
  note: noteField,
  source: z.string().optional(),
});

export type ClaimSpec = z.output<typeof CLAIM_SCHEMA>;
export type ClaimCheck = ClaimSpec["check"];
