// End-to-end: the real CLI entry, spawned through tsx.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "clock", ...args], {
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC" },
  });

describe("leverage clock", () => {
  it("clock inara --from 2015-07-14 --json gives the 20 Jul – 17 Sep 2015 review", () => {
    const r = run("inara", "--from", "2015-07-14", "--json");
    expect(r.status).toBe(0);
    const review = JSON.parse(r.stdout).steps[1];
    expect(review).toMatchObject({ start: "2015-07-20", end: "2015-09-17", days: 60 });
  });

  it("clock snapback --from 2025-08-28 prints a table and the 00:00 GMT instant", () => {
    const r = run("snapback", "--from", "2025-08-28");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Council vote on continuation");
    expect(r.stdout).toContain("2025-09-28T00:00:00Z");
  });

  it("clock snapback --from 2025-10-18 reports lapsed, not an error", () => {
    const r = run("snapback", "--from", "2025-10-18");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Lapsed/);
  });

  it("clock drm --from yesterday exits 2 with a message naming --from, no stack trace", () => {
    const r = run("drm", "--from", "yesterday");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--from: .*YYYY-MM-DD/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
