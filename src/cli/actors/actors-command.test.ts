import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "actors", ...args], {
    encoding: "utf8",
  });

// Prints every module the process resolves, one URL a line, on stderr at exit.
const TRACE_HOOK = `data:text/javascript,${encodeURIComponent(`
import { register } from "node:module";
const { port1, port2 } = new MessageChannel();
const urls = [];
port1.on("message", (url) => urls.push(url));
port1.unref();
register("data:text/javascript," + encodeURIComponent(
  "let port; export function initialize(d) { port = d.port; }" +
  "export async function resolve(s, c, next) { const r = await next(s, c); port.postMessage(r.url); return r; }"
), { parentURL: import.meta.url, data: { port: port2 }, transferList: [port2] });
process.on("exit", () => process.stderr.write(urls.join("\\n")));
`)}`;

describe("leverage actors", () => {
  it("main.ts lists every command module, since it loads only the one a command names", () => {
    const main = readFileSync("src/cli/main.ts", "utf8");
    const modules = readdirSync("src/cli/commands").filter((f) => f.endsWith(".ts"));
    for (const file of modules)
      expect(main).toContain(`import("./commands/${file.replace(/\.ts$/, ".js")}")`);
  });

  it("--ktab-csv loads only what the run needs: no zod, yaml, Plot, linkedom or core barrel", () => {
    const args = ["actors", "--ktab-csv", "data/ktab/dummyData_3Dim.csv", "--json"];
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "--import", TRACE_HOOK, "src/cli/main.ts", ...args],
      { encoding: "utf8" },
    );
    expect(run.status).toBe(0);
    const loaded = run.stderr.split("\n");
    expect(loaded).toContainEqual(expect.stringMatching(/core\/actors\/smp\/run-smp\.ts$/));
    const heavy =
      /node_modules\/(zod|yaml|@observablehq|linkedom|temporal-polyfill)\/|src\/core\/index\.ts$|src\/cli\/commands\/(breakout|table|run)\.ts$/;
    expect(loaded.filter((url) => heavy.test(url))).toEqual([]);
  });

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
