// The real scenario runner (app/scenario/run-scenario on the worker pool) behind the API.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { poolRunner } from "../../src/server/runs/pool-runner.js";
import { send, testApp } from "./test-app.js";

const runner = poolRunner(1);
afterAll(() => runner.close());
const YAML = readFileSync("scenarios/vienna-2021-11-29.yaml", "utf8");

describe("a run of scenarios/vienna-2021-11-29.yaml on the worker pool", () => {
  it("is saved valid, runs with the given seed, and stores result.json, both reports and the charts", async () => {
    const t = testApp(runner);
    const saved = await (
      await send(t.app, "POST", "/api/scenarios", { name: "vienna", yaml: YAML })
    ).json();
    expect(saved).toMatchObject({ valid: true, issues: [] });
    const res = await send(t.app, "POST", `/api/scenarios/${saved.id}/runs`, {
      samples: 100,
      seed: 11,
    });
    expect(res.status).toBe(202);
    const { runId } = await res.json();
    await t.runs.idle();
    const run = await (await t.app.request(`/api/runs/${runId}`)).json();
    expect(run).toMatchObject({ status: "done", progress: 1, seed: 11, samples: 100 });
    expect(run.charts.length).toBeGreaterThan(0);
    const result = await (await t.app.request(`/api/runs/${runId}/result`)).json();
    expect(JSON.stringify(result)).toContain('"seed":11');
    const html = await (await t.app.request(`/api/runs/${runId}/report.html`)).text();
    expect(html).toMatch(/<html/i);
    const md = await (await t.app.request(`/api/runs/${runId}/report.md`)).text();
    expect(md.length).toBeGreaterThan(100);
    const svg = await (
      await t.app.request(`/api/runs/${runId}/charts/${run.charts[0]}.svg`)
    ).text();
    expect(svg).toMatch(/^<svg/);
  }, 120_000);

  it("reports a scenario error with its YAML line and refuses to run the draft", async () => {
    const t = testApp(runner);
    const broken = YAML.replace(/^(\s*)name:/m, "$1nmae:");
    const saved = await (
      await send(t.app, "POST", "/api/scenarios", { name: "typo", yaml: broken })
    ).json();
    expect(saved.valid).toBe(false);
    expect(saved.issues[0]).toMatchObject({
      line: expect.any(Number),
      message: expect.any(String),
    });
    expect((await send(t.app, "POST", `/api/scenarios/${saved.id}/runs`, {})).status).toBe(409);
  });
});
