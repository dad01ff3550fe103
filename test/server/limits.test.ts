// The API's limits (docs/api.md, "Limits") and the defects of issue 15 they answer: each bad or
// oversized input gets a 4xx that says what is wrong, never a 500 or a stack trace.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { WORK, YAML_LIMITS } from "../../src/app/limits.js";
import { validateScenarioText } from "../../src/app/scenario/run-scenario.js";
import { MINIMAL } from "../scenario/minimal-scenario.js";
import { fakeRunner } from "./fake-runner.js";
import { type ErrorBody, send, testApp } from "./test-app.js";

// The real scenario validation, with runs faked (they are not what these tests look at).
const { app } = testApp({
  ...fakeRunner(),
  validate: (yaml, name) => validateScenarioText(yaml, name),
});

async function errorOf(res: Response, status: number): Promise<ErrorBody["error"]> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(text).not.toMatch(/ at .*\.(ts|js):\d+/);
  return (JSON.parse(text) as ErrorBody).error;
}

/** The "billion laughs" of issue 15 item 6: 9⁴ copies from 36 aliases. */
const ALIAS_BOMB = `a: &a [x,x,x,x,x,x,x,x,x]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: [*c,*c,*c,*c,*c,*c,*c,*c,*c]
`;
const ALIAS_MESSAGE = /YAML aliases expand too far \(more than 100 copies\)/;

describe("issue 15 item 6: a YAML alias bomb is a clear answer, not a 500", () => {
  it("POST /scenarios/validate says valid: false with the alias message", async () => {
    const res = await send(app, "POST", "/api/scenarios/validate", { yaml: ALIAS_BOMB });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.valid).toBe(false);
    expect(body.issues[0].message).toMatch(ALIAS_MESSAGE);
  });

  it("POST and PUT /scenarios save it as a draft whose issue says why", async () => {
    const created = await send(app, "POST", "/api/scenarios", { name: "bomb", yaml: ALIAS_BOMB });
    expect(created.status).toBe(201);
    const saved = await created.json();
    expect(saved.issues[0].message).toMatch(ALIAS_MESSAGE);
    const put = await send(app, "PUT", `/api/scenarios/${saved.id}`, { yaml: ALIAS_BOMB });
    expect(put.status).toBe(200);
    expect((await put.json()).issues[0].message).toMatch(ALIAS_MESSAGE);
  });

  it("POST /table and POST /actors answer 400 with the alias message", async () => {
    const table = await errorOf(await send(app, "POST", "/api/table", { yaml: ALIAS_BOMB }), 400);
    expect(table.issues?.[0].message).toMatch(ALIAS_MESSAGE);
    const actors = await errorOf(await send(app, "POST", "/api/actors", { yaml: ALIAS_BOMB }), 400);
    expect(actors.message).toMatch(ALIAS_MESSAGE);
  });
});

describe("issue 15 item 3: YAML is measured before the full parse", () => {
  it(`more than ${YAML_LIMITS.maxEntries} keys is refused with the count and the limit`, async () => {
    const keys = Array.from({ length: YAML_LIMITS.maxEntries + 1 }, (_, i) => `k${i}: ${i}`);
    const res = await send(app, "POST", "/api/scenarios/validate", { yaml: keys.join("\n") });
    const body = await res.json();
    expect(body.valid).toBe(false);
    expect(body.issues).toEqual([
      expect.objectContaining({
        message: `the YAML has ${YAML_LIMITS.maxEntries + 1} entries (keys and list items); at most ${YAML_LIMITS.maxEntries} are allowed`,
      }),
    ]);
  });

  it("[ nested 100,000 deep is refused by its depth", async () => {
    const res = await send(app, "POST", "/api/scenarios/validate", { yaml: "[".repeat(100_000) });
    const body = await res.json();
    expect(body.issues[0].message).toBe(
      `the YAML nests 100000 levels of [ ] or { }; at most ${YAML_LIMITS.maxDepth} are allowed`,
    );
  });

  it("duplicate keys are still found (now by one set per mapping), with their line", async () => {
    const yaml = MINIMAL.replace("seed: 7\n", "seed: 7\nseed: 8\n");
    const body = await (await send(app, "POST", "/api/scenarios/validate", { yaml })).json();
    expect(body.issues).toEqual([
      {
        path: "",
        message: 'YAML syntax: the key "seed" appears twice in one mapping',
        line: 5,
        column: 1,
      },
    ]);
  });
});

describe("issue 15 item 9: a wrong type says what was expected and what was given", () => {
  const breakout = (body: unknown) => send(app, "POST", "/api/breakout", body);
  it.each([
    [
      { samples: "1000" },
      "samples",
      'expected a whole number from 100 to 100000; got the text "1000"',
    ],
    [{ samples: 100.5 }, "samples", "expected a whole number from 100 to 100000; got 100.5"],
    [
      '{"samples": 1e400}',
      "samples",
      "expected a whole number from 100 to 100000; got Infinity (not finite)",
    ],
    [{ report: 123 }, "report", "expected text (a string); got 123"],
    [
      { options: { enrichingOnly: "yes" } },
      "options.enrichingOnly",
      'expected true or false; got the text "yes"',
    ],
  ])("POST /breakout %j", async (body, path, message) => {
    const error = await errorOf(await breakout(body), 400);
    expect(error.issues).toEqual([{ path, message }]);
  });

  it.each([
    ["samples=abc", "samples", 'expected a whole number from 100 to 10000; got the text "abc"'],
    ["seed=1.5", "seed", "expected a whole number from 0 to 2147483647; got 1.5"],
  ])("GET /history?%s", async (query, path, message) => {
    const error = await errorOf(await app.request(`/api/history?${query}`), 400);
    expect(error.issues).toEqual([{ path, message }]);
  });

  it("a table config's wrong type in YAML says so too, at its line", async () => {
    const yaml = readFileSync("scenarios/vienna-2021-table.yaml", "utf8").replace(
      "horizonWeeks: 104",
      "horizonWeeks: many",
    );
    const error = await errorOf(await send(app, "POST", "/api/table", { yaml }), 400);
    expect(error.issues?.[0]).toMatchObject({
      path: "game.horizonWeeks",
      message: 'expected a number; got the text "many"',
    });
  });
});

describe("issue 15 item 12: input that was silently accepted is refused", () => {
  it("an unknown site is a 400 that lists the sites", async () => {
    const error = await errorOf(
      await send(app, "POST", "/api/breakout", {
        report: "2021-11",
        options: { sites: "NoSuchSite" },
      }),
      400,
    );
    expect(error.issues).toEqual([
      {
        path: "options.sites",
        message:
          "sites: no machines at a site matching 'NoSuchSite'. Sites: Natanz FEP, Fordow FFEP, Natanz PFEP.",
      },
    ]);
  });

  it("an actor capability of 1e308 gives a message, not forecast [null]", async () => {
    const csv = "actor,capability,x position,x salience\nA,1e308,10,50\nB,1e308,90,50\n";
    const error = await errorOf(await send(app, "POST", "/api/actors", { csv }), 422);
    expect(error.message).toMatch(
      /^the forecast is not a finite number \((NaN|-?Infinity)(, \S+)*\): an input is too large/,
    );
  });
});

describe("limits on the size of a piece of work (docs/api.md)", () => {
  const TABLE_YAML = readFileSync("scenarios/vienna-2021-table.yaml", "utf8");

  it(`a game horizon over ${WORK.horizonWeeks.api} weeks is a 422 naming game.horizonWeeks`, async () => {
    const yaml = TABLE_YAML.replace("horizonWeeks: 104", "horizonWeeks: 600");
    const error = await errorOf(await send(app, "POST", "/api/table", { yaml }), 422);
    expect(error.issues).toEqual([
      {
        path: "game.horizonWeeks",
        message: "game.horizonWeeks is 600; at most 520 weeks are allowed per request",
      },
    ]);
  });

  it(`a table over ${WORK.tableDraws.api} draws in all is a 422 that counts them`, async () => {
    // 5 strategies × 50,001: each count is in range, the total is not.
    const error = await errorOf(
      await send(app, "POST", "/api/table", {
        yaml: TABLE_YAML,
        samples: 50_000,
        tornadoSamples: 1,
      }),
      422,
    );
    expect(error.issues?.[0].path).toBe("samples");
    expect(error.message).toMatch(
      /^the table would run 250,\d{3} draws \(5 strategies × \(samples 50000/,
    );
  });

  it(`more than ${WORK.actors.api} actors, or actors × dimensions over ${WORK.actorCells.api}, is a 422`, async () => {
    const csv = (n: number, dims: number) =>
      [
        [
          "actor",
          "capability",
          ...Array.from({ length: dims }, (_, k) => [`d${k} position`, `d${k} salience`]).flat(),
        ],
        ...Array.from({ length: n }, (_, i) => [
          `A${i}`,
          "1",
          ...Array.from({ length: dims }, () => ["50", "5"]).flat(),
        ]),
      ]
        .map((r) => r.join(","))
        .join("\n");
    const many = await errorOf(
      await send(app, "POST", "/api/actors", { model: "mean", csv: csv(51, 1) }),
      422,
    );
    expect(many.issues).toEqual([
      { path: "actors", message: "the number of actors is 51; at most 50 per request" },
    ]);
    const cells = await errorOf(
      await send(app, "POST", "/api/actors", { model: "mean", csv: csv(25, 9) }),
      422,
    );
    expect(cells.message).toBe("actors × dimensions (25 × 9) is 225; at most 200 per request");
  });

  it(`uncertain actors: draws × actors × dimensions over ${WORK.actorDrawCells.api} is a 422`, async () => {
    const csv = `actor,capability,x position,x salience\n${Array.from({ length: 20 }, (_, i) => `A${i},1 to 2,50,50`).join("\n")}\n`;
    const error = await errorOf(
      await send(app, "POST", "/api/actors", { model: "mean", csv, draws: 5000 }),
      422,
    );
    expect(error.message).toBe(
      "draws × actors × dimensions (5000 × 20 × 1) is 100,000; at most 50,000 per request",
    );
  });

  it(`a scenario run over ${WORK.scenarioDraws.api} draws is refused before it starts`, async () => {
    const created = await (
      await send(app, "POST", "/api/scenarios", { name: "m", yaml: MINIMAL })
    ).json();
    expect(created.valid).toBe(true);
    const error = await errorOf(
      await send(app, "POST", `/api/scenarios/${created.id}/runs`, { samples: 1_000_000 }),
      422,
    );
    expect(error.message).toBe(
      "the run would make 3,000,000 draws (samples 1,000,000 × (2 strategies + 1)); at most 1,000,000 are allowed per run: lower samples to 333,333 or fewer",
    );
  });

  it("a YAML or CSV text over 500,000 characters is a 400 that says how long it was", async () => {
    const error = await errorOf(
      await send(app, "POST", "/api/actors", { csv: "x".repeat(500_001) }),
      400,
    );
    expect(error.issues).toEqual([
      {
        path: "csv",
        message:
          "Too big: expected string to have <=500000 characters; got text of 500001 characters",
      },
    ]);
  });
});
