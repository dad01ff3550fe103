import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveActorsConfig } from "../../core/index.js";
import { describeIssue, loadActorsConfig } from "./load-config.js";

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "actors", ...args], {
    encoding: "utf8",
  });

describe("leverage actors", () => {
  it("--model smp --json reports KTAB's state count and final positions per actor", () => {
    const run = cli("--model", "smp", "--ktab-csv", "data/ktab/SOE-Pol-Comp.csv", "--json");
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.states).toBe(out.rounds.length);
    expect(Object.keys(out.finalPositions)).toHaveLength(13);
    expect(out.finalPositions.WY).toHaveLength(2);
    expect(out.turns[0].prob[0]).toBeCloseTo(0.3724, 4);
  });

  it("names row and column of a malformed CSV and exits 2 without a stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "actors-"));
    const file = join(dir, "bad.csv");
    writeFileSync(
      file,
      "T,d, 2, 1,\nActor,D,Cap,X Position,X Salience,\nA,a,1,x,50,\nB,b,1,20,50,\n",
    );
    const run = cli("--model", "mean", "--ktab-csv", file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('row 3, column 4 (X Position): "x" is not a number');
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("runs the shipped Iran scenario with a Monte Carlo that records its seed", () => {
    const run = cli(
      "--model",
      "mean",
      "--config",
      "scenarios/iran-2021-actors.yaml",
      "--seed",
      "5",
      "--draws",
      "20",
      "--json",
    );
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.monteCarlo.seed).toBe(5);
    expect(out.forecast).toHaveLength(3);
  });
});

describe("loadActorsConfig(file)", () => {
  it("accepts the Iran scenario, whose every value is an analyst judgement with a note", () => {
    const config = loadActorsConfig("scenarios/iran-2021-actors.yaml");
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
