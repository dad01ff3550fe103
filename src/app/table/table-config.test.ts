import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTableConfig } from "./table-config.js";

const VIENNA = readFileSync("scenarios/vienna-2021-table.yaml", "utf8");

const SMALL = `game:
  start: 2021-11-29
  horizonWeeks: 20
  discount: { us: 0.99, iran: "0.99 to 0.995" }
  breakout:
    series:
      - { week: 0, breakoutDays: 21 }
  statusQuo:
    us: { baseValue: 0.4 }
    iran: { baseValue: 0.3 }
  options:
    - { name: snapback, owner: us, credibility: 0.5, value: { us: 0.3, iran: 0.1 } }
strategies:
  - name: deadline
    deadline: { date: 2021-12-31, credibility: 0.6, option: snapback }
`;

function errorsOf(text: string): string[] {
  const result = parseTableConfig(text, "t.yaml");
  if (result.ok) throw new Error("expected the config to be rejected");
  return result.errors;
}

describe("parseTableConfig(text, file)", () => {
  it("accepts the Vienna 2021 config and puts the year-end deadline at week 4", () => {
    const result = parseTableConfig(VIENNA, "vienna.yaml");
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.config.strategies).toHaveLength(5);
    // 29 Nov → 31 Dec 2021 is 32 days: the deadline falls in week 4 (days 28–34).
    expect(result.config.strategies[1].deadlineWeek).toBe(4);
    expect(result.config.game.seriesWeeks[0]).toEqual({ week: 0, breakoutDays: 21 });
  });

  it("accepts the small config", () => {
    expect(parseTableConfig(SMALL, "t.yaml").ok).toBe(true);
  });

  it("rejects a discount factor outside (0, 1), naming the field and its line", () => {
    const errors = errorsOf(SMALL.replace("us: 0.99, iran", "us: 1.2, iran"));
    expect(errors).toEqual(["t.yaml:4:19: game.discount.us: must lie in (0, 1); got 1.2"]);
  });

  it("rejects an uncertain discount whose range leaves (0, 1)", () => {
    const errors = errorsOf(SMALL.replace('"0.99 to 0.995"', '"0.9 to 1.1"'));
    expect(errors[0]).toMatch(/^t\.yaml:4:\d+: game\.discount\.iran: must lie in \(0, 1\)/);
  });

  it("rejects a credibility outside [0, 1]", () => {
    const errors = errorsOf(SMALL.replace("credibility: 0.6", "credibility: 1.5"));
    expect(errors).toEqual([
      "t.yaml:15:48: strategies[0].deadline.credibility: must lie in [0, 1]; got 1.5",
    ]);
  });

  it("rejects an empty strategy list", () => {
    const text = `${SMALL.slice(0, SMALL.indexOf("strategies:"))}strategies: []\n`;
    expect(errorsOf(text)).toEqual([
      "t.yaml:13:13: strategies: strategies: give at least one strategy",
    ]);
  });

  it("rejects a deadline before the start", () => {
    const errors = errorsOf(SMALL.replace("date: 2021-12-31", "date: 2021-11-01"));
    expect(errors).toEqual([
      "t.yaml:15:23: strategies[0].deadline.date: is before the start (week -4 < 0)",
    ]);
  });

  it("rejects an unknown option name, in a deadline and in a strategy's levers", () => {
    expect(errorsOf(SMALL.replace("option: snapback", "option: snapbak"))).toEqual([
      "t.yaml:15:61: strategies[0].deadline.option: unknown option 'snapbak'; the game has: snapback",
    ]);
    const errors = errorsOf(`${SMALL}    options: { strike: { credibility: 0.5 } }\n`);
    expect(errors[0]).toMatch(
      /^t\.yaml:16:\d+: strategies\[0\]\.options\.strike: unknown option 'strike'/,
    );
  });

  it("rejects a misspelt field instead of ignoring it", () => {
    const errors = errorsOf(SMALL.replace("horizonWeeks", "horizonWeek"));
    expect(errors.some((e) => /^t\.yaml:3:3: game\.horizonWeek: unknown field/.test(e))).toBe(true);
  });

  it("reports YAML syntax errors with their line", () => {
    expect(errorsOf("game: {\n")[0]).toMatch(/^t\.yaml:\d+:\d+: YAML: /);
  });
});
