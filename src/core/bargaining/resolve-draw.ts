// One draw of a strategy's game: every uncertain input sampled (in a fixed order) into GameParams.
import type { Rng } from "../rng.js";
import { type Dist, sample } from "../uncertain/index.js";
import type { BargainingConfig } from "./config-schema.js";
import { clipToRange, type FieldRange, RANGES } from "./field-ranges.js";
import type { GameParams, OptionParams } from "./game-params.js";
import { breakoutAtWeeks } from "./leverage.js";

/** Turns the input at `path` into a number for this draw. */
export type DrawInput = (path: string, dist: Dist, range: FieldRange) => number;

/** Draws from `rng`, clipped to the field's range; `fixed` pins one input (for the tornado) after
 * drawing it anyway, so every other input gets the same numbers as without the pin. */
export function rngDraw(rng: Rng, fixed?: { path: string; value: number }): DrawInput {
  return (path, dist, range) => {
    const x = clipToRange(sample(dist, rng), range);
    return fixed !== undefined && fixed.path === path ? fixed.value : x;
  };
}

const DAYS_PER_MONTH = 365.25 / 12;
const ZERO = { kind: "point", value: 0 } as const satisfies Dist;

/** The game of strategy `index` for one draw. Inputs a strategy does not use are not drawn. */
export function resolveGameDraw(
  config: BargainingConfig,
  index: number,
  draw: DrawInput,
): GameParams {
  const { game } = config;
  const s = config.strategies[index];
  const v = (path: string, dist: Dist, range: FieldRange) => draw(path, dist, range);
  const discount = {
    us: v("discount.us", game.discount.us, RANGES.discount),
    iran: v("discount.iran", game.discount.iran, RANGES.discount),
  };
  const pUs = v("protocol.pUs", game.protocol.pUs, RANGES.probability);
  const scale = v("breakout.scale", game.breakout.scale, RANGES.growth);
  const options: OptionParams[] = [];
  const optionIndex = new Map<string, number>();
  for (const o of game.options) {
    const lever = s.options[o.name];
    if (lever?.enabled === false) continue;
    const p = `options.${o.name}`;
    optionIndex.set(o.name, options.length);
    options.push({
      name: o.name,
      owner: o.owner,
      kind: o.kind,
      credibility: lever?.credibility
        ? v(`strategy.options.${o.name}.credibility`, lever.credibility, RANGES.probability)
        : v(`${p}.credibility`, o.credibility, RANGES.probability),
      value: {
        us: v(`${p}.value.us`, o.value?.us ?? ZERO, RANGES.value),
        iran: v(`${p}.value.iran`, o.value?.iran ?? ZERO, RANGES.value),
      },
      perLeverage: {
        us: v(`${p}.perLeverage.us`, o.perLeverage?.us ?? ZERO, RANGES.value),
        iran: v(`${p}.perLeverage.iran`, o.perLeverage?.iran ?? ZERO, RANGES.value),
      },
      setbackDays: v(`${p}.setbackMonths`, o.setbackMonths, RANGES.positive) * DAYS_PER_MONTH,
    });
  }
  const belief = (who: "us" | "iran", trueOdds: number) => {
    const given = game.beliefs[who];
    const override = s.beliefs?.[who];
    const odds = override?.proposeOdds ?? given.proposeOdds;
    return {
      credibilityShift: v(
        `beliefs.${who}.credibilityShift`,
        override?.credibilityShift ?? given.credibilityShift,
        RANGES.shift,
      ),
      leverageGrowth: v(
        `beliefs.${who}.leverageGrowth`,
        override?.leverageGrowth ?? given.leverageGrowth,
        RANGES.growth,
      ),
      proposeOdds: odds ? v(`beliefs.${who}.proposeOdds`, odds, RANGES.probability) : trueOdds,
    };
  };
  const d = s.deadline;
  const H = game.horizonWeeks;
  return {
    horizonWeeks: H,
    discount,
    protocol: {
      kind: game.protocol.kind,
      first: game.protocol.first,
      pUs,
      everyWeeks: s.everyWeeks ?? game.protocol.everyWeeks,
    },
    breakoutDays: breakoutAtWeeks(game.seriesWeeks, H, scale),
    leverageScale: {
      referenceDays: game.breakout.referenceDays,
      floorDays: game.breakout.floorDays,
    },
    statusQuo: {
      us: {
        baseValue: v("statusQuo.us.baseValue", game.statusQuo.us.baseValue, RANGES.value),
        advanceCost: v("statusQuo.us.advanceCost", game.statusQuo.us.advanceCost, RANGES.value),
      },
      iran: {
        baseValue: v("statusQuo.iran.baseValue", game.statusQuo.iran.baseValue, RANGES.value),
        sanctionsCost: v(
          "statusQuo.iran.sanctionsCost",
          game.statusQuo.iran.sanctionsCost,
          RANGES.value,
        ),
        leverageGain: v(
          "statusQuo.iran.leverageGain",
          game.statusQuo.iran.leverageGain,
          RANGES.value,
        ),
      },
    },
    war: {
      costUs: v("war.costUs", game.war.costUs, RANGES.cost),
      costIran: v("war.costIran", game.war.costIran, RANGES.cost),
    },
    options,
    deadline:
      d === null || s.deadlineWeek === null || s.deadlineWeek >= H || !optionIndex.has(d.option)
        ? null
        : {
            week: s.deadlineWeek,
            credibility: v("strategy.deadline.credibility", d.credibility, RANGES.probability),
            option: optionIndex.get(d.option) as number,
            slipWeeks: d.slipWeeks,
            decay: v("strategy.deadline.decay", d.decay, RANGES.probability),
          },
    ratification:
      s.ratification && game.ratification
        ? ratificationRange(
            v("ratification.low", game.ratification.low, RANGES.probability),
            v("ratification.high", game.ratification.high, RANGES.probability),
          )
        : null,
    usAcceptsAnyDeal: s.usAcceptsAnyDeal,
    beliefs: {
      us: belief("us", pUs),
      iran: belief("iran", 1 - pUs),
      halfLifeWeeks: game.beliefs.halfLifeWeeks ?? Number.POSITIVE_INFINITY,
    },
  };
}

// Independent draws of the two ends may cross; order them so ρ ~ U[low, high] stays a range.
function ratificationRange(a: number, b: number) {
  return { low: Math.min(a, b), high: Math.max(a, b) };
}

/** The uncertain (non-point) inputs strategy `index` uses: the tornado's rows. */
export function uncertainInputs(
  config: BargainingConfig,
  index: number,
): { path: string; dist: Dist; range: FieldRange }[] {
  const found: { path: string; dist: Dist; range: FieldRange }[] = [];
  resolveGameDraw(config, index, (path, dist, range) => {
    if (dist.kind !== "point") found.push({ path, dist, range });
    return dist.kind === "point" ? dist.value : clipToRange(0, range);
  });
  return found;
}
