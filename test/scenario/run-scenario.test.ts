import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runScenarioText } from "../../src/app/scenario/run-scenario.js";
import {
  breakoutMonteCarlo,
  compileBreakout,
  defaultAssumptions,
  resolveProgramState,
} from "../../src/core/index.js";
import { loadMachineTypes, loadReports } from "../../src/data/index.js";
import { MINIMAL } from "./minimal-scenario.js";

const read = (name: string) => readFileSync(`scenarios/${name}.yaml`, "utf8");

describe("runScenarioText", () => {
  it("gives byte-identical result.json for the same file, seed and data (two runs in process)", async () => {
    const a = await runScenarioText(MINIMAL, { fileName: "m.yaml", samples: 200 });
    const b = await runScenarioText(MINIMAL, { fileName: "m.yaml", samples: 200 });
    if (!a.ok || !b.ok) throw new Error("run failed");
    expect(a.files["result.json"]).toBe(b.files["result.json"]);
    const c = await runScenarioText(MINIMAL, { fileName: "m.yaml", samples: 200, seed: 8 });
    if (!c.ok) throw new Error("run failed");
    expect(c.files["result.json"]).not.toBe(a.files["result.json"]);
  });

  it("claim 1's value is the share of the clock's draws under 30 days (same seed, computed directly)", async () => {
    const run = await runScenarioText(MINIMAL, { fileName: "m.yaml", samples: 300, seed: 11 });
    if (!run.ok) throw new Error("run failed");
    const { reports } = loadReports();
    const resolved = resolveProgramState(reports, "2021-11", loadMachineTypes().machineTypes);
    if (!resolved.ok) throw new Error(resolved.error);
    const model = compileBreakout(
      resolved.state,
      defaultAssumptions(loadMachineTypes().machineTypes),
    );
    const draws = breakoutMonteCarlo(model, 300, 11, 1);
    const expected = draws.firstDays.filter((d) => d < 30).length / 300;
    const claim = run.result.claims.find((c) => c.id === "under-a-month");
    expect(claim?.value).toBe(expected);
    expect(claim?.verdict).toBe(
      expected >= 0.8 ? "holds" : expected >= 0.5 ? "holds weakly" : "does not hold",
    );
  });

  it("result.json has one entry per claim with id, statement, verdict, value and drivers", async () => {
    const run = await runScenarioText(MINIMAL, { fileName: "m.yaml", samples: 200 });
    if (!run.ok) throw new Error("run failed");
    const json = JSON.parse(run.files["result.json"]);
    expect(json.claims.map((c: { id: string }) => c.id)).toEqual([
      "under-a-month",
      "deadline-helps",
    ]);
    for (const c of json.claims) {
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining(["id", "statement", "verdict", "value", "drivers"]),
      );
      expect(c.drivers.length).toBeLessThanOrEqual(3);
    }
    // The deadline claim's value is the difference of the two strategies' US utilities.
    const [open, deadline] = json.strategies;
    expect(json.claims[1].value).toBeCloseTo(deadline.utility.us - open.utility.us, 12);
    expect(json.seed).toBe(7);
    expect(run.files["report.html"]).toContain("<svg");
    expect(run.files["report.html"].indexOf("The claims")).toBeLessThan(
      run.files["report.html"].indexOf("<svg"),
    );
    expect(run.files["report.md"]).toContain("| 1 | **Breakout under a month.**");
  });

  it.each(["vienna-2021-11-29", "jcpoa-2015-07", "oman-2025-04"])(
    "scenarios/%s.yaml runs (small sample) and every claim gets a verdict",
    async (name) => {
      const run = await runScenarioText(read(name), { fileName: name, samples: 200 });
      if (!run.ok) throw new Error(JSON.stringify(run.issues));
      expect(run.result.claims.length).toBeGreaterThan(0);
      for (const c of run.result.claims) {
        expect(["holds", "holds weakly", "does not hold", "judgement input"]).toContain(c.verdict);
        expect(c.value === null || Number.isFinite(c.value)).toBe(true);
      }
      expect(run.files["result.json"]).not.toMatch(/NaN/);
      if (name === "vienna-2021-11-29") {
        expect(run.result.claims.map((c) => c.id)).toHaveLength(9);
        expect(Object.keys(run.charts).sort()).toEqual([
          "actor-trajectories",
          "breakout-band",
          "legal-clocks",
          "strategy-outcomes",
          "tornado",
        ]);
      }
    },
    60_000,
  );
});
