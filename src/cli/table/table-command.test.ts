import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "table", ...args], {
    encoding: "utf8",
    env: { ...process.env, LEVERAGE_QUIET: "1" },
  });

describe("leverage table --config FILE", () => {
  const args = [
    "--config",
    "scenarios/vienna-2021-table.yaml",
    "--samples",
    "300",
    "--seed",
    "11",
    "--threads",
    "0",
  ];

  it("prints JSON with every strategy's outcomes, summing to 1, and the same bytes for the same seed", () => {
    const first = run(...args, "--json", "--tornado-samples", "0");
    expect(first.status).toBe(0);
    const json = JSON.parse(first.stdout);
    expect(json.seed).toBe(11);
    expect(json.strategies.map((s: { name: string }) => s.name)).toEqual([
      "open-ended talks",
      "year-end deadline + snapback",
      "+ credible military option",
      "+ INARA commitment",
      "deal at any price",
    ]);
    for (const s of json.strategies) {
      const total =
        s.pDeal + s.pDelay + Object.values<number>(s.pBreakdown).reduce((a, b) => a + b, 0);
      expect(Math.abs(total - 1)).toBeLessThan(1e-12);
      expect(s).toHaveProperty("pStrike");
      expect(s).toHaveProperty("terms.p50");
      expect(s).toHaveProperty("dealWeek.p95");
      expect(s).toHaveProperty("utility.us");
      expect(s.seed).toBe(11);
    }
    expect(run(...args, "--json", "--tornado-samples", "0").stdout).toBe(first.stdout);
  }, 60_000);

  it("prints the comparison table and writes the three charts", () => {
    const dir = mkdtempSync(join(tmpdir(), "table-"));
    const result = run(...args, "--tornado-samples", "50", "--svg-dir", dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/year-end deadline \+ snapback/);
    expect(result.stdout).toMatch(/Tornado for 'open-ended talks'/);
    expect(result.stderr).toContain(join(dir, "bargaining-tornado.svg"));
  }, 60_000);

  it("rejects a bad config with file:line:col and the field, exit code 2, no stack trace", () => {
    const file = join(mkdtempSync(join(tmpdir(), "table-")), "bad.yaml");
    writeFileSync(
      file,
      "game:\n  horizonWeeks: 10\n  discount: { us: 1.5, iran: 0.9 }\nstrategies: []\n",
    );
    const result = run("--config", file);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${file}:3:19: game.discount.us: must lie in (0, 1); got 1.5`);
    expect(result.stderr).toContain("strategies: give at least one strategy");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
