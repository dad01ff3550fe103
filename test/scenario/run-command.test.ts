import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeReportDir } from "../../src/cli/run/write-report-dir.js";
import { MINIMAL, withLine } from "./minimal-scenario.js";

const cli = (args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, LEVERAGE_QUIET: "1" },
  });

describe("leverage run", () => {
  const dir = mkdtempSync(join(tmpdir(), "leverage-run-"));

  it("writes nothing to --out when the scenario is invalid, and prints file:line:column", () => {
    const file = join(dir, "bad.yaml");
    writeFileSync(file, withLine(11, '    iran: "0.995 to 0.99"'));
    const out = join(dir, "bad-out");
    const r = cli(["run", file, "--out", out, "--threads", "0"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `${file}:11:11: game.discount.iran: low (0.995) must be ≤ high (0.99)`,
    );
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith(".bad-out"))).toEqual([]);
  });

  it("writes report.html, report.md, result.json and the charts when the run succeeds", () => {
    const file = join(dir, "ok.yaml");
    writeFileSync(file, MINIMAL);
    const out = join(dir, "ok-out");
    const r = cli(["run", file, "--out", out, "--samples", "200", "--threads", "0", "--json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).claims).toHaveLength(2);
    expect(readdirSync(out).sort()).toEqual(["charts", "report.html", "report.md", "result.json"]);
    expect(JSON.parse(readFileSync(join(out, "result.json"), "utf8")).seed).toBe(7);
  }, 60_000);

  it("writeReportDir leaves the target untouched when a write fails", () => {
    const out = join(dir, "partial");
    // A file name that is a directory path component of another file makes the second write fail.
    expect(() => writeReportDir(out, { "a.txt": "x", "a.txt/b.txt": "y" })).toThrow();
    expect(existsSync(out)).toBe(false);
  });
});
