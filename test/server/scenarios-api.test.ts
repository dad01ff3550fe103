import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CHART_SVG, fakeRunner } from "./fake-runner.js";
import { type ErrorBody, send, testApp, VERSIONS } from "./test-app.js";

const VALID = "name: vienna\nstrategies:\n  - name: hold\n";
const DRAFT = "name: vienna\nstrategy:\n  - name: hold\n";
const BROKEN = "name: [unclosed\n";

async function created(app: ReturnType<typeof testApp>["app"], name: string, yaml: string) {
  const res = await send(app, "POST", "/api/scenarios", { name, yaml });
  expect(res.status).toBe(201);
  return res.json();
}

describe("scenario CRUD", () => {
  it("saves a valid scenario with its SHA-256 hash, lists, reads, updates and deletes it", async () => {
    const { app } = testApp();
    const s = await created(app, "vienna", VALID);
    expect(s).toMatchObject({
      name: "vienna",
      valid: true,
      issues: [],
      hash: createHash("sha256").update(VALID).digest("hex"),
    });
    const list = await (await app.request("/api/scenarios")).json();
    expect(list).toEqual([expect.objectContaining({ id: s.id, name: "vienna", valid: true })]);
    expect(list[0].yaml).toBeUndefined();
    expect(await (await app.request(`/api/scenarios/${s.id}`)).json()).toMatchObject({
      yaml: VALID,
    });

    const renamed = await (
      await send(app, "PUT", `/api/scenarios/${s.id}`, { name: "renamed" })
    ).json();
    expect(renamed).toMatchObject({ name: "renamed", hash: s.hash, valid: true });
    const edited = await (await send(app, "PUT", `/api/scenarios/${s.id}`, { yaml: DRAFT })).json();
    expect(edited).toMatchObject({ name: "renamed", valid: false });
    expect(edited.hash).not.toBe(s.hash);

    expect((await send(app, "DELETE", `/api/scenarios/${s.id}`)).status).toBe(204);
    expect((await app.request(`/api/scenarios/${s.id}`)).status).toBe(404);
  });

  it("saves a scenario with errors as a draft, with its issues, but refuses to run it (409)", async () => {
    const { app, runner } = testApp();
    const s = await created(app, "draft", DRAFT);
    expect(s.valid).toBe(false);
    expect(s.issues).toEqual([{ path: "strategies", message: "is required", line: 1, column: 1 }]);
    const res = await send(app, "POST", `/api/scenarios/${s.id}/runs`, {});
    expect(res.status).toBe(409);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.message).toMatch(/draft/);
    expect(body.error.issues?.[0].path).toBe("strategies");
    expect((runner as ReturnType<typeof fakeRunner>).calls).toEqual([]);
    expect(await (await app.request("/api/runs")).json()).toEqual([]);
  });

  it("validates YAML without saving, giving the line and column of a syntax error", async () => {
    const { app } = testApp();
    const res = await send(app, "POST", "/api/scenarios/validate", { yaml: BROKEN });
    const body = await res.json();
    expect(body.valid).toBe(false);
    expect(body.issues[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    expect(await (await app.request("/api/scenarios")).json()).toEqual([]);
  });

  it("rejects an empty name and unknown fields", async () => {
    const { app } = testApp();
    const res = await send(app, "POST", "/api/scenarios", { name: " ", yaml: VALID, draft: true });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as ErrorBody).error.issues?.map((i) => i.path).sort();
    expect(paths).toEqual(["draft", "name"]);
  });
});

describe("scenario runs", () => {
  it("202 with a run id at once; the run records hash, seed and versions, then stores every file", async () => {
    const t = testApp(fakeRunner({ delayMs: 40 }));
    const s = await created(t.app, "vienna", VALID);
    const res = await send(t.app, "POST", `/api/scenarios/${s.id}/runs`, {
      samples: 500,
      seed: 42,
    });
    expect(res.status).toBe(202);
    const { runId } = await res.json();
    const early = await (await t.app.request(`/api/runs/${runId}`)).json();
    expect(["queued", "running"]).toContain(early.status);
    expect((await t.app.request(`/api/runs/${runId}/result`)).status).toBe(409);

    await t.runs.idle();
    const run = await (await t.app.request(`/api/runs/${runId}`)).json();
    expect(run).toMatchObject({
      runId,
      scenarioId: s.id,
      scenarioHash: s.hash,
      seed: 42,
      samples: 500,
      status: "done",
      progress: 1,
      charts: ["deal-by-week"],
      ...VERSIONS,
    });
    expect(run.finishedAt >= run.startedAt).toBe(true);

    const result = await t.app.request(`/api/runs/${runId}/result`);
    expect(result.headers.get("content-type")).toMatch(/application\/json/);
    expect(await result.json()).toEqual({ seed: 42, samples: 500, claim: "a finding" });
    const html = await t.app.request(`/api/runs/${runId}/report.html`);
    expect(html.headers.get("content-type")).toMatch(/text\/html/);
    expect(await html.text()).toContain("<h1>Report</h1>");
    expect(await (await t.app.request(`/api/runs/${runId}/report.md`)).text()).toBe("# Report\n");
    const svg = await t.app.request(`/api/runs/${runId}/charts/deal-by-week.svg`);
    expect(svg.headers.get("content-type")).toBe("image/svg+xml");
    expect(await svg.text()).toBe(CHART_SVG);
    const png = await t.app.request(`/api/runs/${runId}/charts/deal-by-week.png`);
    expect(png.headers.get("content-type")).toBe("image/png");
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Width at scale 2: bytes 16–19 of the IHDR chunk hold it, big-endian (PNG spec §11.2.2).
    expect(new DataView(bytes.buffer).getUint32(16)).toBe(80);
    expect((await t.app.request(`/api/runs/${runId}/charts/missing.svg`)).status).toBe(404);
  });

  it("draws and records a seed when none is given", async () => {
    const t = testApp();
    const s = await created(t.app, "vienna", VALID);
    const { runId } = await (await send(t.app, "POST", `/api/scenarios/${s.id}/runs`, {})).json();
    await t.runs.idle();
    const run = await (await t.app.request(`/api/runs/${runId}`)).json();
    expect(Number.isInteger(run.seed) && run.seed >= 0 && run.seed < 2 ** 31).toBe(true);
    expect((run.samples as number | null) ?? null).toBeNull();
  });

  it("a run that throws is failed with the reason and has no files", async () => {
    const t = testApp(fakeRunner({ fail: "out of memory" }));
    const s = await created(t.app, "vienna", VALID);
    const { runId } = await (await send(t.app, "POST", `/api/scenarios/${s.id}/runs`, {})).json();
    await t.runs.idle();
    const run = await (await t.app.request(`/api/runs/${runId}`)).json();
    expect(run).toMatchObject({ status: "failed", error: "the run failed: out of memory" });
    expect((await t.app.request(`/api/runs/${runId}/report.html`)).status).toBe(409);
    expect(t.store.runs.fileNames(runId)).toEqual([]);
  });

  it("writes progress at most a few times a second, and lists runs by scenario", async () => {
    const t = testApp(fakeRunner({ delayMs: 600, steps: 60 }));
    const writes: { id: number; at: number }[] = [];
    const setProgress = t.store.runs.setProgress;
    t.store.runs.setProgress = (id, p) => {
      writes.push({ id, at: performance.now() });
      setProgress(id, p);
    };
    const a = await created(t.app, "a", VALID);
    const b = await created(t.app, "b", VALID);
    const first = (await (await send(t.app, "POST", `/api/scenarios/${a.id}/runs`, {})).json())
      .runId;
    await t.runs.idle();
    const second = (await (await send(t.app, "POST", `/api/scenarios/${b.id}/runs`, {})).json())
      .runId;
    await t.runs.idle();
    // 60 progress calls per run, but writes to one run at least 250 ms apart (4 a second).
    expect(writes.length).toBeGreaterThanOrEqual(2);
    expect(writes.length).toBeLessThan(20);
    for (let i = 1; i < writes.length; i++) {
      if (writes[i].id === writes[i - 1].id)
        expect(writes[i].at - writes[i - 1].at).toBeGreaterThanOrEqual(249);
    }
    const forA = await (await t.app.request(`/api/runs?scenarioId=${a.id}`)).json();
    expect(forA.map((r: { runId: number }) => r.runId)).toEqual([first]);
    const all = await (await t.app.request("/api/runs")).json();
    expect(all.map((r: { runId: number }) => r.runId)).toEqual([second, first]);
  });
});
