import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveActorsConfig } from "../../core/index.js";
import { describeIssue, loadActorsConfig } from "./actors-config.js";

describe("loadActorsConfig(file)", () => {
  it("accepts the Iran scenario, whose every value is an analyst judgement with a note", () => {
    const file = "scenarios/iran-2021-actors.yaml";
    const config = loadActorsConfig(file, readFileSync(file, "utf8"));
    expect(config.actors.length).toBeGreaterThanOrEqual(10);
    expect(config.dimensions.length).toBeGreaterThanOrEqual(2);
    for (const a of config.actors) {
      const values = [a.capability, ...Object.values(a.positions), ...Object.values(a.saliences)];
      for (const v of values) {
        expect(typeof v === "object" && v.basis).toBe("analyst judgement");
        expect(typeof v === "object" && v.note?.length).toBeGreaterThan(10);
      }
    }
    expect(resolveActorsConfig(config).ok).toBe(true);
  });

  it("names the YAML line and field of a typo", () => {
    const text = readFileSync("scenarios/iran-2021-actors.yaml", "utf8").replace(
      "    capability:",
      "    capabilty:",
    );
    expect(() => loadActorsConfig("x.yaml", text)).toThrow(/x\.yaml line \d+ \(actors\[0\]\)/);
  });

  it("reports saliences over 100 with the line of the actor's saliences", () => {
    const text =
      "name: t\ndimensions:\n  - {id: a, name: A}\n  - {id: b, name: B}\nactors:\n  - name: X\n    capability: 1\n    positions: {a: 10, b: 20}\n    saliences: {a: 70, b: 40}\n";
    const resolved = resolveActorsConfig(loadActorsConfig("t.yaml", text));
    expect(resolved.ok).toBe(false);
    if (resolved.ok) return;
    const issue = resolved.issues[0];
    expect(describeIssue("t.yaml", text, issue.path, issue.message)).toBe(
      "t.yaml line 9 (actors[0].saliences): saliences sum to 110, more than 100",
    );
  });
});
