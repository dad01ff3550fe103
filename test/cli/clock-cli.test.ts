// The clock's commands end to end, as a user runs them (through tsx, so the test sees the source).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, LEVERAGE_QUIET: "1" },
  });

describe("leverage breakout / history / jcpoa", () => {
  it("breakout --json holds the fields the issue names, with the seed", () => {
    const r = run("breakout", "--report", "2021-11", "--samples", "500", "--seed", "5", "--json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.reportDate).toBe("2021-11-17");
    expect(out.asOfDate).toBe("2021-11-06");
    expect(out.firstQuantityDays.p5).toBeLessThan(out.firstQuantityDays.p50);
    expect(out.firstQuantityDays.p50).toBeLessThan(out.firstQuantityDays.p95);
    expect(out.quantitiesByMonth.map((m: { month: number }) => m.month)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(out.lowerBoundDays).toBeLessThan(out.firstQuantityDays.p5);
    expect(out.plan.feeds.length).toBeGreaterThan(0);
    expect(out.assumptions.find((a: { name: string }) => a.name === "setupDays").basis).toMatch(
      /judgement/,
    );
    expect(out.warnings.join(" ")).toMatch(/carried forward/);
    expect(out.seed).toBe(5);
    expect(out.dataVersion).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });

  it("the same seed gives the same JSON", () => {
    const a = run("breakout", "--report", "2023-11", "--samples", "300", "--seed", "9", "--json");
    const b = run("breakout", "--report", "2023-11", "--samples", "300", "--seed", "9", "--json");
    expect(a.stdout).toBe(b.stdout);
  });

  it("an unknown report lists the known ones, with no stack trace and exit code 2", () => {
    const r = run("breakout", "--report", "1999-01");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no IAEA report labelled "1999-01".*Known labels: 2016-02, .*2021-11/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("a non-numeric option fails before any work and names the option and its range", () => {
    const r = run("breakout", "--report", "2021-11", "--samples", "many");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--samples <n>.*'many' is invalid.*whole number from 100 to 1000000/);
  });

  it("a negative mass fails with the option named", () => {
    const r = run("breakout", "--report", "2021-11", "--stock", "upTo60=-1");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--stock upTo60: -1 kgU is out of range/);
  });

  it("jcpoa --json lists each Annex I limit with how far it is exceeded", () => {
    const r = run("jcpoa", "--report", "2021-11", "--json");
    const out = JSON.parse(r.stdout);
    const assay = out.checks.find((c: { limit: string }) => c.limit === "maxAssay");
    expect(assay).toMatchObject({ exceeded: true, allowed: 0.0367, actual: 0.6 });
  });

  it("jcpoa after the strikes: the fleet limits are unknown, never '0 machines / within' (issue 13, item 2)", () => {
    const out = JSON.parse(run("jcpoa", "--report", "2025-09", "--json").stdout);
    const row = (limit: string) => out.checks.find((c: { limit: string }) => c.limit === limit);
    for (const limit of ["maxIr1AtNatanz", "advancedEnriching", "fordowEnriching"]) {
      expect(row(limit)).toMatchObject({ status: "unknown", actual: null, exceeded: false });
    }
    expect(row("fordowEnriching").label).toBe("enriching machines at Fordow");
    const text = run("jcpoa", "--report", "2025-09").stdout;
    expect(text).toMatch(/enriching machines at Fordow\s+0 machines\s+unknown\s+unknown/);
    expect(text).not.toMatch(/0 machines\s+no\b/);
  });

  it("jcpoa on 2026-06 carries no stock from 2021: every stock is unknown (issue 13, item 1)", () => {
    const out = JSON.parse(run("jcpoa", "--report", "2026-06", "--json").stdout);
    expect(out.checks.map((c: { status: string }) => c.status)).toEqual([
      "unknown",
      "unknown",
      "unknown",
      "unknown",
      "unknown",
    ]);
    expect(out.warnings.join(" ")).not.toMatch(/carried forward 1774.8 kgU from 2021-09/);
    expect(out.warnings.join(" ")).toMatch(/upTo5 unknown in report 2026-06/);
  });

  it("breakout after the strikes says 'no verified capacity' with the last verified 60 % stock, and runs on a user fleet", () => {
    const blind = run("breakout", "--report", "2025-11", "--samples", "200", "--seed", "1");
    expect(blind.status).toBe(0);
    expect(blind.stdout).toMatch(
      /No estimate: no verified capacity for report 2025-11: .*last verified 60 % stock was 440.9 kgU \(as of 2025-06-13/,
    );
    const given = run(
      ...["breakout", "--report", "2025-11", "--samples", "200", "--seed", "1", "--json"],
      ...["--fleet", "Fordow FFEP:IR-6:1044", "--stock", "upTo60=400"],
    );
    const out = JSON.parse(given.stdout);
    expect(out.infeasible).toBeNull();
    expect(out.firstQuantityDays.p50).toBeGreaterThan(0);
  });

  it("data audit lists the figures whose only source is a blog, a thread reader or a forum", () => {
    const r = run("data", "audit");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/2020-09 stocksKgU.upTo2\s+638.8\s+blog/);
    expect(r.stdout).toMatch(/thread reader/);
    const out = JSON.parse(run("data", "audit", "--json").stdout);
    expect(out.weakOnly.length).toBeGreaterThan(10);
  });

  it("history --csv has a row per report", () => {
    const r = run("history", "--samples", "100", "--seed", "1", "--csv");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^report,date,p5_days,p50_days/);
    expect(lines.length).toBeGreaterThan(30);
    expect(r.stdout).toMatch(/"2021-11"/);
    expect(lines[0]).toMatch(/,kind,month1_p5,month1_p95,inferred_capacity,capacity_adjusted$/);
    expect(r.stdout).toMatch(/"2021-04-21",.*"interim"/);
  });
});
