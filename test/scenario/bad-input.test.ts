import { describe, expect, it } from "vitest";
import { validateScenarioText } from "../../src/app/scenario/run-scenario.js";
import { issueText } from "../../src/report/yaml-issues.js";
import { MINIMAL, withLine } from "./minimal-scenario.js";

const messages = (text: string) => {
  const r = validateScenarioText(text, "s.yaml");
  return r.issues.map((i) => issueText("s.yaml", i));
};

describe("validateScenarioText reports bad input as file:line:column, field and expectation", () => {
  it("accepts the minimal scenario", () => {
    expect(validateScenarioText(MINIMAL, "s.yaml")).toEqual({ ok: true, issues: [] });
  });

  it("a YAML syntax error gives its line and column", () => {
    const [msg] = messages(withLine(10, "    us: [0.99"));
    expect(msg).toMatch(/^s\.yaml:1[01]:\d+: YAML syntax: /);
  });

  it("an unknown key is an error at the key", () => {
    expect(messages(withLine(4, "sed: 7"))).toContain(
      "s.yaml:4:1: sed: unknown field 'sed' (a typo?); remove it or check the spelling",
    );
  });

  it("a value of the wrong type names the field and what was expected", () => {
    const [msg] = messages(withLine(8, "  horizonWeeks: soon"));
    expect(msg).toBe(
      "s.yaml:8:17: game.horizonWeeks: Invalid input: expected number, received string",
    );
  });

  it("an interval with low > high", () => {
    expect(messages(withLine(11, '    iran: "0.995 to 0.99"'))).toEqual([
      "s.yaml:11:11: game.discount.iran: low (0.995) must be ≤ high (0.99) in '0.995 to 0.99'",
    ]);
  });

  it("an unknown strategy named by a claim", () => {
    expect(
      messages(
        withLine(
          27,
          "    check: { kind: deadline, strategy: deadlin, baseline: open-ended talks }",
        ),
      ),
    ).toEqual([
      "s.yaml:27:40: claims[1].check.strategy: unknown strategy 'deadlin'; the scenario has: 'open-ended talks', 'deadline'",
    ]);
  });

  it("an unknown report", () => {
    const [msg] = messages(withLine(6, "  report: 2021-12"));
    expect(msg).toMatch(
      /^s\.yaml:6:11: program\.report: unknown report '2021-12'; expected one of 2016-02, /,
    );
  });

  it("an impossible date and a date outside the data", () => {
    expect(messages(withLine(2, "asOf: 2021-02-30"))).toEqual([
      's.yaml:2:7: asOf: "2021-02-30" is not a calendar date (expected YYYY-MM-DD)',
    ]);
    const [msg] = messages(withLine(2, "asOf: 2031-01-01"));
    expect(msg).toMatch(
      /^s\.yaml:2:7: asOf: date out of range: 2031-01-01 is outside the data, which covers 2013-\d\d-\d\d to 2026-\d\d-\d\d$/,
    );
  });

  it("a deadline before the game's start (the bargaining schema's own check)", () => {
    expect(
      messages(
        withLine(20, "    deadline: { date: 2021-11-01, credibility: 0.6, option: snapback }"),
      ),
    ).toEqual(["s.yaml:20:23: strategies[1].deadline.date: is before the start (week -4 < 0)"]);
  });
});
