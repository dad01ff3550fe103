// Validates a scenario (the plain object read from YAML) in two passes: the scenario schema checks
// every field, then the bargaining config schema resolves the game's dates to weeks and
// cross-checks the strategies (unknown options, deadlines). Then the claims are checked against the
// strategies, actors and dimensions they name. Issues carry the field path (for file:line:col).
import type { BargainingConfig } from "../bargaining/config-schema.js";
import { BARGAINING_CONFIG_SCHEMA } from "../bargaining/config-schema.js";
import { JCPOA_MILESTONE_DATES } from "../calendar/constants.js";
import { type JudgementRow, judgementRows } from "./judgement-rows.js";
import { SCENARIO_SCHEMA, type ScenarioFile } from "./scenario-schema.js";

/** A problem in a scenario: the field path, what is wrong, and what was expected. */
export interface ScenarioIssue {
  path: (string | number)[];
  message: string;
}

/** A validated scenario: the file's values, plus the game and strategies as a bargaining config. */
export type Scenario = ScenarioFile & {
  /** The table config; its breakout series is a placeholder until `resolveScenario` sets it. */
  table: BargainingConfig;
  /** True when the file gives no series and the clock must supply it. */
  seriesFromClock: boolean;
  /** Every input as written, with its note and source (the report's assumption table). */
  judgements: JudgementRow[];
};

export type ParseScenarioResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; issues: ScenarioIssue[] };

const asPath = (path: readonly PropertyKey[]) =>
  path.map((k) => (typeof k === "number" ? k : String(k)));

/** Validates `raw` (the YAML document as plain data). Never throws. */
export function parseScenario(raw: unknown): ParseScenarioResult {
  const parsed = SCENARIO_SCHEMA.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error.issues) };
  const file = parsed.data;
  const rawObject = raw as { game: Record<string, unknown>; strategies: unknown[] };
  const rawGame = rawObject.game;
  const rawBreakout = (rawGame.breakout ?? {}) as Record<string, unknown>;
  const seriesFromClock = rawBreakout.series === undefined;
  const table = BARGAINING_CONFIG_SCHEMA.safeParse({
    game: {
      ...rawGame,
      start: rawGame.start ?? file.asOf,
      // A placeholder the clock's series replaces in resolveScenario.
      breakout: seriesFromClock
        ? { ...rawBreakout, series: [{ week: 0, breakoutDays: 365 }] }
        : rawBreakout,
    },
    strategies: rawObject.strategies,
  });
  if (!table.success) return { ok: false, issues: zodIssues(table.error.issues) };
  const scenario: Scenario = {
    ...file,
    table: table.data,
    seriesFromClock,
    judgements: judgementRows(raw),
  };
  const issues = crossCheck(scenario);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, scenario };
}

function zodIssues(
  issues: readonly {
    code: string;
    path: readonly PropertyKey[];
    message: string;
    keys?: string[];
    input?: unknown;
  }[],
): ScenarioIssue[] {
  return issues.map((issue) => {
    if (issue.code === "unrecognized_keys" && issue.keys)
      return {
        path: [...asPath(issue.path), issue.keys[0]],
        message: `unknown field '${issue.keys[0]}' (a typo?); remove it or check the spelling`,
      };
    // zod omits the input from issues, so a missing field is read from its message.
    if (issue.code === "invalid_type" && / received undefined$/.test(issue.message))
      return { path: asPath(issue.path), message: "is required" };
    return { path: asPath(issue.path), message: issue.message };
  });
}

/** What the schema cannot see: names that must match, dates that must be in range. */
function crossCheck(s: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const names = s.strategies.map((x) => x.name);
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i)
      issues.push({
        path: ["strategies", i, "name"],
        message: `duplicate strategy name '${name}'`,
      });
  });
  const known = `the scenario has: ${names.map((n) => `'${n}'`).join(", ")}`;
  const strategyAt = (name: string, path: (string | number)[]) => {
    const index = names.indexOf(name);
    if (index < 0) issues.push({ path, message: `unknown strategy '${name}'; ${known}` });
    return index < 0 ? undefined : s.strategies[index];
  };
  const ids = new Set<string>();
  s.claims.forEach((claim, i) => {
    const at = (...rest: (string | number)[]) => ["claims", i, ...rest];
    if (ids.has(claim.id))
      issues.push({ path: at("id"), message: `duplicate claim id '${claim.id}'` });
    ids.add(claim.id);
    const check = claim.check;
    if ("strategy" in check) strategyAt(check.strategy, at("check", "strategy"));
    if ("baseline" in check) strategyAt(check.baseline, at("check", "baseline"));
    if (check.kind === "deadline") {
      const chosen = strategyAt(check.strategy, []);
      if (chosen && chosen.deadline === null)
        issues.push({
          path: at("check", "strategy"),
          message: `strategy '${check.strategy}' has no deadline`,
        });
    }
    if (check.kind === "ratification") {
      const chosen = strategyAt(check.strategy, []);
      if (chosen && !chosen.ratification)
        issues.push({
          path: at("check", "strategy"),
          message: `strategy '${check.strategy}' has no INARA commitment (ratification: true)`,
        });
    }
    if (check.kind === "positions") {
      if (!s.actors)
        issues.push({ path: at("check"), message: "a positions claim needs an actors section" });
      else {
        const dims = s.actors.dimensions.map((d) => d.id);
        if (!dims.includes(check.dimension))
          issues.push({
            path: at("check", "dimension"),
            message: `unknown dimension '${check.dimension}'; expected one of ${dims.join(", ")}`,
          });
        const actors = s.actors.actors.map((a) => a.name);
        check.actors?.forEach((name, k) => {
          if (!actors.includes(name))
            issues.push({
              path: at("check", "actors", k),
              message: `unknown actor '${name}'; expected one of ${actors.join(", ")}`,
            });
        });
      }
    }
  });
  // Dropping the claims' placeholder lookups above (path []) keeps only located issues.
  const located = issues.filter((x) => x.path.length > 0);
  const adopted = JCPOA_MILESTONE_DATES.resolution2231.value;
  s.clocks.forEach((clock, i) => {
    if (clock.clock !== "inara" && clock.from < adopted)
      located.push({
        path: ["clocks", i, "from"],
        message: `date out of range: ${clock.from} is before UNSCR 2231 was adopted (${adopted}); a ${clock.clock} clock needs a date on or after it`,
      });
    if (clock.transmitted !== undefined && clock.clock !== "inara")
      located.push({
        path: ["clocks", i, "transmitted"],
        message: "transmitted applies to an inara clock only",
      });
  });
  if (s.deadline !== undefined && s.deadline < s.asOf)
    located.push({
      path: ["deadline"],
      message: `date out of range: the deadline ${s.deadline} is before asOf ${s.asOf}`,
    });
  return located;
}
