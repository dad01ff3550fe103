import { describe, expect, it } from "vitest";
import { breakoutInputs } from "../../src/app/breakout/inputs.js";
import { stateFor } from "../../src/app/breakout/resolve-state.js";
import { estimateBreakout } from "../../src/core/index.js";
import { loadMachineTypes, loadReports } from "../../src/data/index.js";
import { send, testApp, VERSIONS } from "./test-app.js";

const { app } = testApp();
const json = async (res: Response) => {
  expect(res.status).toBe(200);
  return res.json();
};

describe("POST /api/breakout", () => {
  it("gives what the CLI's path gives for the same report, options and seed (1,000 draws, no path bands)", async () => {
    const options = { stocks: "upTo20,upTo60", enrichingOnly: true };
    const body = await json(
      await send(app, "POST", "/api/breakout", { report: "2021-11", options, seed: 7 }),
    );
    const inputs = breakoutInputs(options, loadMachineTypes().machineTypes);
    const { state, dataVersion } = stateFor("2021-11", inputs);
    const direct = estimateBreakout(state, inputs.assumptions, {
      samples: 1000,
      seed: 7,
      quantities: 3,
      userSet: inputs.userSet,
      alternativeSamples: 0,
    });
    expect(body).toEqual({ ...direct, dataVersion, appVersion: VERSIONS.appVersion });
    expect(body.samples).toBe(1000);
    expect(body.alternatives.every((a: { days: unknown }) => a.days === null)).toBe(true);
    const userRows = body.assumptions.filter((r: { basis: string }) => /user/i.test(r.basis));
    expect(userRows.length).toBeGreaterThanOrEqual(2);
  });

  it("is byte-identical for the same request (the default seed is 1), and differs for another seed", async () => {
    const req = { report: "2021-11" };
    const a = await (await send(app, "POST", "/api/breakout", req)).text();
    const b = await (
      await send(app, "POST", "/api/breakout", { ...req, seed: 1, samples: 1000 })
    ).text();
    const c = JSON.parse(
      await (await send(app, "POST", "/api/breakout", { ...req, seed: 2 })).text(),
    );
    expect(a).toBe(b);
    expect(JSON.parse(a).seed).toBe(1);
    expect(c.seed).toBe(2);
    expect(c.firstQuantityDays).not.toEqual(JSON.parse(a).firstQuantityDays);
  });

  it("accepts list options as one string or a list, and numbers for numeric flags", async () => {
    const one = await json(
      await send(app, "POST", "/api/breakout", {
        report: "2021-11",
        options: { tails: "upTo60=20-30", setupDays: 7, heuCascades: "all" },
      }),
    );
    const many = await json(
      await send(app, "POST", "/api/breakout", {
        report: "2021-11",
        options: { tails: ["upTo60=20-30"], setupDays: "7", heuCascades: "all" },
      }),
    );
    expect(one).toEqual(many);
  });

  it("runs the user's own state without a report (stock and fleet given)", async () => {
    const body = await json(
      await send(app, "POST", "/api/breakout", {
        options: { stock: ["upTo60=40"], fleet: ["covert:IR-6:664"] },
        samples: 200,
      }),
    );
    expect(body.reportLabel).toBe("user");
    expect(body.firstQuantityDays.p50).toBeGreaterThan(0);
  });
});

describe("GET /api/history", () => {
  it("lists an estimate for every report, oldest first, with the seed and draws used", async () => {
    const body = await json(await app.request("/api/history?samples=100&seed=3"));
    const { reports } = loadReports();
    expect(body).toMatchObject({ seed: 3, samples: 100, dataVersion: loadReports().dataVersion });
    expect(body.reports.length).toBeGreaterThan(30);
    expect(body.reports.length).toBeLessThanOrEqual(reports.length);
    const dates = body.reports.map((r: { reportDate: string }) => r.reportDate);
    expect(dates).toEqual([...dates].sort());
    expect(body.published.length).toBeGreaterThan(0);
  });
});

describe("GET /api/reports and the data routes", () => {
  it("summarise each report with its stocks in kgU by band", async () => {
    const body = await json(await app.request("/api/reports"));
    const nov21 = body.reports.find((r: { label: string }) => r.label === "2021-11");
    const record = loadReports().reports.find((r) => r.label === "2021-11");
    expect(nov21.stocksKgU.upTo60).toBe(record?.stocksKgU.upTo60?.value);
    expect(nov21.reportDate).toBe("2021-11-17");
  });

  it("serve the bundled records and the health check", async () => {
    expect(await json(await app.request("/api/health"))).toEqual({ ok: true, ...VERSIONS });
    const data = await json(await app.request("/api/data/reports"));
    expect(data.reports.length).toBe(loadReports().reports.length);
    const types = await json(await app.request("/api/data/machine-types"));
    expect(types.machineTypes.map((m: { machineType: string }) => m.machineType)).toContain("IR-6");
    const timeline = await json(await app.request("/api/data/timeline"));
    expect(timeline.events.length).toBeGreaterThan(10);
  });
});

describe("GET /api/jcpoa/:label", () => {
  it("finds the 2021-11 state over the 3.67 % enrichment cap of Annex I §28 (60 % material)", async () => {
    const body = await json(await app.request("/api/jcpoa/2021-11"));
    const assay = body.checks.find((c: { limit: string }) => c.limit === "maxAssay");
    expect(assay).toMatchObject({ allowed: 0.0367, actual: 0.6, exceeded: true });
  });
});

describe("GET /api/clocks/*", () => {
  it("inara: 60-day review for the 14 Jul 2015 agreement transmitted on 19 Jul; relief from 18 Sep", async () => {
    const c = await json(
      await app.request("/api/clocks/inara?from=2015-07-14&transmitted=2015-07-19"),
    );
    expect(c).toMatchObject({ reviewDays: 60, reliefFrom: "2015-09-18" });
  });

  it("snapback: a 28 Aug 2025 notification re-applies sanctions at 2025-09-28T00:00:00Z", async () => {
    const c = await json(await app.request("/api/clocks/snapback?from=2025-08-28"));
    expect(c).toMatchObject({ status: "reimposes", reapplyInstant: "2025-09-28T00:00:00Z" });
  });

  it("drm: advisory=true adds the advisory board's opinion, in parallel, without lengthening the 65 days", async () => {
    const name = (s: { name: string }) => s.name;
    const none = await json(await app.request("/api/clocks/drm?from=2020-01-14"));
    const board = await json(await app.request("/api/clocks/drm?from=2020-01-14&advisory=true"));
    expect(none.steps.map(name)).not.toContain("Advisory board opinion");
    expect(
      board.steps.find((s: { name: string }) => s.name === "Advisory board opinion"),
    ).toMatchObject({
      parallel: true,
    });
    expect([none.totalDays, board.totalDays]).toEqual([65, 65]);
  });
});
