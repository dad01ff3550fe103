// The Table page's levers, applied to the raw (parsed but not yet validated) config, so the same
// zod schema checks the result and every message names the field it would in the YAML.
import { parseDist } from "../../core/index.js";

export interface TableLevers {
  /** Centre of each game option's credibility range (0–1), by option name. */
  optionCredibility: Record<string, number>;
  /** Centre of the deadline's credibility (0–1), for every strategy that sets a deadline. */
  deadlineCredibility: number | null;
  /** Week of the deadline from the start, for every strategy that sets one. */
  deadlineWeek: number | null;
  /** Centre of each side's weekly discount factor range. */
  discount: { us: number; iran: number };
}

type Raw = Record<string, unknown>;
const obj = (x: unknown): Raw => (typeof x === "object" && x !== null ? (x as Raw) : {});
const round = (x: number) => Number(x.toFixed(4));

/** The centre and half-width of an uncertain field as written ("0.3 to 0.6", 0.5, {value}). */
export function readRange(raw: unknown): { centre: number; half: number } | null {
  const value = typeof raw === "object" && raw !== null ? (raw as Raw).value : raw;
  const parsed = parseDist(String(value ?? ""));
  if (!parsed.ok) return null;
  const d = parsed.value;
  if (d.kind === "point") return { centre: d.value, half: 0 };
  if (d.kind === "to" || d.kind === "uniform")
    return { centre: (d.low + d.high) / 2, half: (d.high - d.low) / 2 };
  return null;
}

/** The field with its range moved to `centre`, the width kept and both ends inside [low, high]. */
function writeRange(raw: unknown, centre: number, low: number, high: number): unknown {
  const half = readRange(raw)?.half ?? 0;
  const a = round(Math.max(low, centre - half));
  const b = round(Math.min(high, centre + half));
  const text = a === b ? a : `${a} to ${Math.max(a, b)}`;
  return typeof raw === "object" && raw !== null ? { ...(raw as Raw), value: text } : text;
}

const strategiesWithDeadline = (raw: Raw) =>
  (Array.isArray(raw.strategies) ? raw.strategies : []).map(obj).filter((s) => s.deadline);

/** The levers as the config sets them (the sliders' starting points). */
export function leversOf(raw: Raw): TableLevers {
  const game = obj(raw.game);
  const options = (Array.isArray(game.options) ? game.options : []).map(obj);
  const deadline = obj(strategiesWithDeadline(raw)[0]?.deadline);
  const start = typeof game.start === "string" ? Date.parse(`${game.start}T00:00:00Z`) : null;
  const date =
    deadline.date instanceof Date
      ? deadline.date.getTime()
      : typeof deadline.date === "string"
        ? Date.parse(`${deadline.date}T00:00:00Z`)
        : null;
  const week =
    typeof deadline.week === "number"
      ? deadline.week
      : start !== null && date !== null
        ? Math.floor((date - start) / (7 * 86_400_000))
        : null;
  const discount = obj(game.discount);
  return {
    optionCredibility: Object.fromEntries(
      options.map((o) => [String(o.name), round(readRange(o.credibility)?.centre ?? 0.5)]),
    ),
    deadlineCredibility:
      deadline.credibility === undefined
        ? null
        : round(readRange(deadline.credibility)?.centre ?? 0.5),
    deadlineWeek: week,
    discount: {
      us: round(readRange(discount.us)?.centre ?? 0.99),
      iran: round(readRange(discount.iran)?.centre ?? 0.99),
    },
  };
}

/** A copy of the raw config with the levers applied. */
export function applyLevers(raw: Raw, levers: TableLevers): Raw {
  const copy = structuredClone(raw);
  const game = obj(copy.game);
  for (const option of (Array.isArray(game.options) ? game.options : []).map(obj)) {
    const centre = levers.optionCredibility[String(option.name)];
    if (centre !== undefined) option.credibility = writeRange(option.credibility, centre, 0, 1);
  }
  const discount = obj(game.discount);
  // A discount factor lies in the open interval (0, 1).
  discount.us = writeRange(discount.us, levers.discount.us, 0.5, 0.9999);
  discount.iran = writeRange(discount.iran, levers.discount.iran, 0.5, 0.9999);
  for (const strategy of strategiesWithDeadline(copy)) {
    const deadline = obj(strategy.deadline);
    if (levers.deadlineCredibility !== null)
      deadline.credibility = writeRange(deadline.credibility, levers.deadlineCredibility, 0, 1);
    if (levers.deadlineWeek !== null) {
      delete deadline.date;
      deadline.week = levers.deadlineWeek;
    }
  }
  return copy;
}
