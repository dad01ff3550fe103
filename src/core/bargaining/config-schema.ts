// The zod schema of a bargaining-table config: the game and the strategies to compare. The later
// scenario file embeds `BARGAINING_GAME_SCHEMA` and `BARGAINING_STRATEGY_SCHEMA`.
import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import { RANGES } from "./field-ranges.js";
import { noteField, uncertainField } from "./uncertain-field.js";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z.string().regex(ISO_DAY, "expected a date as YYYY-MM-DD (e.g. 2021-12-31)");
const side = z.enum(["us", "iran"]);
const perSide = (range: (typeof RANGES)[keyof typeof RANGES]) =>
  z.strictObject({ us: uncertainField(range), iran: uncertainField(range), note: noteField });
/** A moment: weeks from the start, or a calendar date (needs `game.start`). */
const when = { week: z.number().int().min(-10_000).optional(), date: isoDate.optional() };

const protocolSchema = z.strictObject({
  kind: z.enum(["alternating", "random"]).default("alternating"),
  first: side.default("us"),
  pUs: uncertainField(RANGES.probability).prefault(0.5),
  everyWeeks: z.number().int().min(1, "everyWeeks must be a whole number ≥ 1").max(52).default(1),
  note: noteField,
});

const optionSchema = z.strictObject({
  name: z.string().min(1),
  owner: side,
  kind: z.enum(["walkout", "strike"]).default("walkout"),
  credibility: uncertainField(RANGES.probability),
  value: perSide(RANGES.value).optional(),
  perLeverage: perSide(RANGES.value).optional(),
  setbackMonths: uncertainField(RANGES.positive).prefault(0),
  note: noteField,
});

const beliefSchema = z.strictObject({
  credibilityShift: uncertainField(RANGES.shift).prefault(0),
  leverageGrowth: uncertainField(RANGES.growth).prefault(1),
  /** This side's belief that it proposes a random-protocol round; default: the true odds. */
  proposeOdds: uncertainField(RANGES.probability).optional(),
  note: noteField,
});

/** A strategy's belief override: only the fields it names replace the game's (no defaults). */
const beliefOverrideSchema = z.strictObject({
  credibilityShift: uncertainField(RANGES.shift).optional(),
  leverageGrowth: uncertainField(RANGES.growth).optional(),
  proposeOdds: uncertainField(RANGES.probability).optional(),
  note: noteField,
});

/** The game: everything but the levers a strategy sets. */
export const BARGAINING_GAME_SCHEMA = z.strictObject({
  start: isoDate.optional(),
  horizonWeeks: z.number().int().min(1, "horizonWeeks must be ≥ 1").max(1040),
  discount: perSide(RANGES.discount),
  protocol: protocolSchema.prefault({}),
  breakout: z.strictObject({
    referenceDays: z.number().positive().default(365),
    floorDays: z.number().positive().default(1),
    scale: uncertainField(RANGES.growth).prefault(1),
    series: z
      .array(z.strictObject({ ...when, breakoutDays: z.number().positive(), note: noteField }))
      .min(1, "the breakout series needs at least one point"),
    note: noteField,
  }),
  statusQuo: z.strictObject({
    us: z.strictObject({
      baseValue: uncertainField(RANGES.value),
      advanceCost: uncertainField(RANGES.value).prefault(0),
      note: noteField,
    }),
    iran: z.strictObject({
      baseValue: uncertainField(RANGES.value),
      sanctionsCost: uncertainField(RANGES.value).prefault(0),
      leverageGain: uncertainField(RANGES.value).prefault(0),
      note: noteField,
    }),
    note: noteField,
  }),
  war: z
    .strictObject({
      costUs: uncertainField(RANGES.cost),
      costIran: uncertainField(RANGES.cost),
      note: noteField,
    })
    .prefault({ costUs: 0, costIran: 0 }),
  options: z.array(optionSchema).default([]),
  ratification: z
    .strictObject({
      low: uncertainField(RANGES.probability),
      high: uncertainField(RANGES.probability),
      note: noteField,
    })
    .optional(),
  beliefs: z
    .strictObject({
      halfLifeWeeks: z.number().positive().optional(),
      us: beliefSchema.prefault({}),
      iran: beliefSchema.prefault({}),
      note: noteField,
    })
    .prefault({}),
  /** The date for "P(deal by date)"; default: the horizon. */
  dealBy: z.strictObject({ ...when, note: noteField }).optional(),
  note: noteField,
});

/** A strategy: a named bundle of lever settings. */
export const BARGAINING_STRATEGY_SCHEMA = z.strictObject({
  name: z.string().min(1),
  note: noteField,
  deadline: z
    .strictObject({
      ...when,
      credibility: uncertainField(RANGES.probability),
      option: z.string().min(1),
      slipWeeks: z.number().int().min(1).default(4),
      decay: uncertainField(RANGES.probability).prefault(0.5),
      note: noteField,
    })
    .nullable()
    .default(null),
  options: z
    .record(
      z.string(),
      z.strictObject({
        enabled: z.boolean().default(true),
        credibility: uncertainField(RANGES.probability).optional(),
        note: noteField,
      }),
    )
    .default({}),
  ratification: z.boolean().default(false),
  usAcceptsAnyDeal: z.boolean().default(false),
  everyWeeks: z.number().int().min(1).max(52).optional(),
  beliefs: z
    .strictObject({
      us: beliefOverrideSchema.optional(),
      iran: beliefOverrideSchema.optional(),
    })
    .optional(),
});

function weekOf(
  start: string | undefined,
  moment: { week?: number; date?: string },
): number | string {
  if (moment.week !== undefined) return moment.week;
  if (moment.date === undefined) return "give a week or a date";
  if (start === undefined) return "a date needs game.start (YYYY-MM-DD)";
  const days = Temporal.PlainDate.from(start).until(Temporal.PlainDate.from(moment.date)).days;
  return Math.floor(days / 7);
}

/** The whole config file: a game and at least one strategy, cross-checked and with dates as weeks. */
export const BARGAINING_CONFIG_SCHEMA = z
  .strictObject({
    game: BARGAINING_GAME_SCHEMA,
    strategies: z
      .array(BARGAINING_STRATEGY_SCHEMA)
      .min(1, "strategies: give at least one strategy"),
  })
  .transform((config, ctx) => {
    const { game } = config;
    const names = new Set(game.options.map((o) => o.name));
    const resolve = (moment: { week?: number; date?: string }, path: (string | number)[]) => {
      const week = weekOf(game.start, moment);
      if (typeof week === "string") ctx.addIssue({ code: "custom", message: week, path });
      else if (week < 0)
        ctx.addIssue({
          code: "custom",
          message: `is before the start (week ${week} < 0)`,
          path: [...path, moment.date !== undefined ? "date" : "week"],
        });
      return typeof week === "number" ? Math.max(0, week) : 0;
    };
    const series = game.breakout.series
      .map((p, i) => ({
        week: resolve(p, ["game", "breakout", "series", i]),
        breakoutDays: p.breakoutDays,
      }))
      .sort((a, b) => a.week - b.week);
    const dealByWeek = game.dealBy ? resolve(game.dealBy, ["game", "dealBy"]) : game.horizonWeeks;
    const strategies = config.strategies.map((s, i) => {
      for (const name of Object.keys(s.options))
        if (!names.has(name))
          ctx.addIssue({
            code: "custom",
            message: `unknown option '${name}'; the game has: ${[...names].join(", ") || "none"}`,
            path: ["strategies", i, "options", name],
          });
      if (s.deadline === null) return { ...s, deadlineWeek: null };
      const owner = game.options.find((o) => o.name === s.deadline?.option)?.owner;
      if (owner !== "us")
        ctx.addIssue({
          code: "custom",
          message:
            owner === undefined
              ? `unknown option '${s.deadline.option}'; the game has: ${[...names].join(", ") || "none"}`
              : `the deadline's option must be a US option; '${s.deadline.option}' is Iran's`,
          path: ["strategies", i, "deadline", "option"],
        });
      return { ...s, deadlineWeek: resolve(s.deadline, ["strategies", i, "deadline"]) };
    });
    strategies.forEach((s, i) => {
      if (s.ratification && !game.ratification)
        ctx.addIssue({
          code: "custom",
          message: "ratification: true needs game.ratification { low, high }",
          path: ["strategies", i, "ratification"],
        });
    });
    return { game: { ...game, seriesWeeks: series, dealByWeek }, strategies };
  });

/** A validated config, dates resolved to weeks (the runner's input; plain JSON). */
export type BargainingConfig = z.output<typeof BARGAINING_CONFIG_SCHEMA>;
export type BargainingStrategyConfig = BargainingConfig["strategies"][number];
