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

  it("--smp stateTransMode=Stochastic repeats itself: KTAB's generator and default seed", () => {
    const args = ["--ktab-csv", "data/ktab/dummyData_3Dim.csv", "--json"];
    const runs = [1, 2].map(() => cli(...args, "--smp", "stateTransMode=Stochastic"));
    for (const run of runs) expect(run.status).toBe(0);
    const [a, b] = runs.map((run) => JSON.parse(run.stdout));
    expect(a.rounds).toEqual(b.rounds);
    expect(a.settings.prngSeed).toBe("15455440707583219804");
    const reseeded = JSON.parse(
      cli(...args, "--smp", "stateTransMode=Stochastic", "prngSeed=7").stdout,
    );
    expect(reseeded.settings.prngSeed).toBe("7");
    expect(reseeded.rounds).not.toEqual(a.rounds);
  });

  it("rejects a KTAB seed outside 1 … 2^64 − 1 as a usage error", () => {
    const run = cli("--ktab-csv", "data/ktab/SOE-Pol-Comp.csv", "--smp", "prngSeed=0");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--smp prngSeed: expected a whole number 1 … 2^64 − 1");
  });

  it("--help says what ASymProsp, Stochastic and FullRA do where KTAB cannot be reproduced", () => {
    const help = cli("--help").stdout;
    for (const setting of [
      "votingRule=ASymProsp",
      "stateTransMode=Stochastic",
      "bigRAdjust=FullRA",
    ])
      expect(help).toContain(setting);
    expect(help).toContain("prngSeed");
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
