import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { validateScenarioText } from "../../src/app/scenario/run-scenario.js";
import { scenarioJsonSchema } from "../../src/app/scenario/scenario-json-schema.js";
import { parseScenario } from "../../src/core/schemas.js";
import { MINIMAL } from "./minimal-scenario.js";

const SCENARIOS = ["vienna-2021-11-29", "jcpoa-2015-07", "oman-2025-04"];

describe("the scenario schema", () => {
  it("schemas/scenario.schema.json is the one `leverage schema` generates", () => {
    expect(readFileSync("schemas/scenario.schema.json", "utf8")).toBe(scenarioJsonSchema());
  });

  it.each(SCENARIOS)("scenarios/%s.yaml validates against the schema and the data", (name) => {
    const text = readFileSync(`scenarios/${name}.yaml`, "utf8");
    expect(validateScenarioText(text, name)).toEqual({ ok: true, issues: [] });
  });

  it("parseScenario round-trips: uncertain strings become Dists, defaults are filled, dates become weeks", () => {
    const parsed = parseScenario(parse(MINIMAL));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const s = parsed.scenario;
    expect(s.table.game.discount.iran).toEqual({ kind: "to", low: 0.99, high: 0.995 });
    expect(s.table.game.discount.us).toEqual({ kind: "point", value: 0.99 });
    expect(s.table.game.start).toBe("2021-11-29");
    expect(s.table.strategies[1].deadlineWeek).toBe(4);
    expect(s.seriesFromClock).toBe(true);
    expect(s.clocks).toEqual([]);
    expect(s.sensitivitySamples).toBeUndefined();
    expect(s.claims[0].check).toEqual({ kind: "breakout", days: 30, below: true });
    // The parsed scenario is plain data: it survives JSON unchanged.
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it("the flagship marks its judgements: every actor and game input with a note says so", () => {
    const parsed = parseScenario(parse(readFileSync("scenarios/vienna-2021-11-29.yaml", "utf8")));
    if (!parsed.ok) throw new Error("invalid flagship");
    const credibilities = parsed.scenario.judgements.filter(
      (j) => /credibility/.test(j.path) && j.note,
    );
    expect(credibilities.length).toBeGreaterThan(3);
    expect(credibilities.every((j) => j.judgement)).toBe(true);
    const positions = parsed.scenario.judgements.filter((j) => j.path.includes(".positions."));
    expect(positions.length).toBe(12 * 3);
    expect(positions.every((j) => j.judgement)).toBe(true);
  });
});
