// `leverage model` end to end, as a user runs it (through tsx, so the test sees the source).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "model", ...args], {
    encoding: "utf8",
    env: { ...process.env, LEVERAGE_QUIET: "1" },
  });

const set = (pairs: Record<string, string | number>) =>
  Object.entries(pairs).flatMap(([k, v]) => ["--set", `${k}=${v}`]);

/** A refusal: exit code 2, one line on stderr, no stack trace, nothing on stdout. */
function refused(r: ReturnType<typeof run>): string {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).not.toMatch(/at .*\.ts:\d+|Error:/);
  return r.stderr;
}

describe("leverage model", () => {
  it("--list --json lists every model with each input's allowed values", () => {
    const r = run("--list", "--json");
    expect(r.status).toBe(0);
    const { models } = JSON.parse(r.stdout);
    const ids = models.map((m: { id: string }) => m.id);
    for (const id of [
      "rubinstein",
      "stahl",
      "screening",
      "reputation",
      "credibility",
      "kreps-wilson",
    ])
      expect(ids).toContain(id);
    for (const id of ["powell-kstep", "ratification-learning", "detection", "deadline-screening"])
      expect(ids).toContain(id);
    const screening = models.find((m: { id: string }) => m.id === "screening");
    expect(screening.inputs[1]).toMatchObject({
      name: "rounds",
      allowed: "a whole number from 1 to 100000, or inf",
    });
  });

  it("--list prints a table of the models", () => {
    const r = run("--list");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^model\s+inputs\s+source/);
    expect(r.stdout).toMatch(/reputation\s+r1 r2 a1 a2 z1 z2 \[t\] \[o1=0\] \[o2=0\]/);
  });

  it("--json gives { model, inputs, outputs }: the two-round screening vector (FLT 1985, §3)", () => {
    const r = run("screening", ...set({ delta: 0.9, rounds: 2 }), "--json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["model", "inputs", "outputs"]);
    expect(out.model).toBe("screening");
    expect(out.inputs).toEqual({ delta: 0.9, rounds: 2 });
    const want = {
      cutoff: 0.846154,
      firstPrice: 0.465385,
      usValue: 0.232692,
      pDealFirstRound: 0.153846,
    };
    for (const [k, v] of Object.entries(want))
      expect(Math.abs(out.outputs[k] - v)).toBeLessThan(1e-6);
    expect(out.outputs.expectedDelayRounds).toBeNull();
  });

  it("takes rounds=inf and comma-separated lists (the Powell k-step vector)", () => {
    const inf = JSON.parse(
      run("screening", ...set({ delta: 0.9, rounds: "inf" }), "--json").stdout,
    );
    expect(inf.inputs.rounds).toBe("inf");
    expect(Math.abs(inf.outputs.expectedDelayRounds - 3.162278)).toBeLessThan(1e-6);
    const q = "0.1,0.18,0.26,0.34,0.42,0.5,0.58,0.66,0.74,0.82,0.9";
    const r = run("powell-kstep", ...set({ delta: 0.99, cD: 10, cR: 10, q }), "--json");
    const out = JSON.parse(r.stdout);
    expect(out.inputs.q).toHaveLength(11);
    expect(Math.abs(out.outputs.lhsMax - 0.623506)).toBeLessThan(1e-6);
    expect(out.outputs).toMatchObject({ atK: 10, war: true });
  });

  it("prints a table by default, lists indexed by stage", () => {
    const r = run("kreps-wilson", ...set({ p: 0.2, b: 0.5, stages: 3 }));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/stage\s+entrant\s+weakFights\s+pFight\s+reputation/);
    expect(r.stdout).toMatch(/1\s+stay out\s+0\.75\s+0\.8\s+0\.2/);
    expect(r.stdout).toMatch(/3\s+mix\s+0\s+0\.5\s+0\.5/);
  });

  it("refuses an unknown model, listing the known ones", () => {
    expect(refused(run("rubenstein"))).toMatch(
      /^leverage: error: unknown model "rubenstein"; the models are: rubinstein, stahl/,
    );
  });

  it("refuses an unknown key and a missing input, naming the model's inputs", () => {
    expect(refused(run("screening", ...set({ delta: 0.9, round: 2 })))).toMatch(
      /model screening has no input "round"; its inputs are: delta, rounds/,
    );
    expect(refused(run("screening", ...set({ delta: 0.9 })))).toMatch(
      /missing input rounds \(a whole number from 1 to 100000, or inf\)/,
    );
  });

  it("refuses a value out of range, naming the key and its range", () => {
    expect(
      refused(run("detection", ...set({ G: 1, cR: 0.5, k: 0.1, L: 1, cD: 0.3, p: 1.5 }))),
    ).toMatch(/model detection: p must be a number in \[0, 1\], got "1.5"/);
  });

  it("refuses a malformed or repeated --set, and a call with neither a model nor --list", () => {
    expect(refused(run("screening", "--set", "delta"))).toMatch(
      /--set "delta": expected key=value/,
    );
    expect(refused(run("screening", "--set", "delta=0.9", "--set", "delta=0.8"))).toMatch(
      /--set: delta is set twice/,
    );
    expect(refused(run())).toMatch(/name a model .* or use --list/);
  });
});
