import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

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
