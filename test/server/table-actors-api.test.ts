import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { actorsJson, actorsRun } from "../../src/app/actors/actors.js";
import { actorsFromText } from "../../src/app/actors/read-actors.js";
import { parseTableConfig } from "../../src/app/table/table-config.js";
import { inProcessExecutor, runBargainingTable } from "../../src/core/index.js";
import { type ErrorBody, send, testApp, VERSIONS } from "./test-app.js";

const { app } = testApp();
const TABLE_YAML = readFileSync("scenarios/vienna-2021-table.yaml", "utf8");

describe("POST /api/table", () => {
  it("gives the same strategies as the CLI's run for the same config, draws and seed", async () => {
    const res = await send(app, "POST", "/api/table", { yaml: TABLE_YAML, samples: 200, seed: 9 });
    expect(res.status).toBe(200);
    const body = await res.json();
    const loaded = parseTableConfig(TABLE_YAML, "vienna");
    if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
    const direct = await runBargainingTable(
      loaded.config,
      { samples: 200, seed: 9, tornadoSamples: 0 },
      inProcessExecutor,
    );
    expect(body).toEqual({
      strategies: JSON.parse(JSON.stringify(direct)),
      seed: 9,
      samples: 200,
      ...VERSIONS,
    });
  });

  it("takes the config as JSON too, with the same result", async () => {
    const fromYaml = await (
      await send(app, "POST", "/api/table", { yaml: TABLE_YAML, samples: 100 })
    ).json();
    const fromJson = await (
      await send(app, "POST", "/api/table", { config: parse(TABLE_YAML), samples: 100 })
    ).json();
    expect(fromJson).toEqual(fromYaml);
  });

  it("names the YAML line and field of a typo, and the JSON path of a bad value", async () => {
    const typo = TABLE_YAML.replace(/^game:/m, "gmae:");
    const line = TABLE_YAML.split("\n").findIndex((l) => l.startsWith("game:")) + 1;
    const res = await send(app, "POST", "/api/table", { yaml: typo, samples: 100 });
    expect(res.status).toBe(400);
    const issues = ((await res.json()) as ErrorBody).error.issues ?? [];
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: "gmae",
        line,
        column: 1,
        message: expect.stringMatching(/unknown field/),
      }),
    );
    const both = await send(app, "POST", "/api/table", { yaml: TABLE_YAML, config: {} });
    expect(((await both.json()) as ErrorBody).error.issues?.[0].message).toMatch(/exactly one/);
    const bad = await send(app, "POST", "/api/table", { config: { game: 1, strategies: [] } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.issues?.[0].path).toMatch(/^config\./);
  });
});

describe("POST /api/actors", () => {
  const csv = readFileSync("data/ktab/SOE-Competitive.csv", "utf8");

  it("gives the same JSON as `leverage actors --json` for a KTAB CSV (apart from the input's name)", async () => {
    const res = await send(app, "POST", "/api/actors", { model: "smp", ktabCsv: csv });
    expect(res.status).toBe(200);
    const body = await res.json();
    const file = "data/ktab/SOE-Competitive.csv";
    const read = actorsFromText("ktabCsv", readFileSync(file, "utf8"), file);
    const cli = JSON.parse(
      JSON.stringify(actorsJson(read, actorsRun(read, { model: "smp", draws: 200 }))),
    );
    expect({ ...body, input: cli.input }).toEqual(cli);
  });

  it("names the field holding a bad CSV, and asks for exactly one input", async () => {
    const res = await send(app, "POST", "/api/actors", { model: "mean", csv: "actor\nA" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.issues?.[0].path).toBe("csv");
    const none = await send(app, "POST", "/api/actors", { model: "mean" });
    expect(((await none.json()) as ErrorBody).error.issues?.[0].message).toMatch(
      /exactly one input/,
    );
  });
});
