import { describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES } from "../../src/server/app.js";
import { type ErrorBody, send, testApp } from "./test-app.js";

const { app } = testApp();

/** The response is a 4xx JSON error with a message and no stack trace. */
async function expectError(res: Response, status: number): Promise<ErrorBody["error"]> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  const text = await res.text();
  expect(text).not.toMatch(/ at .*\.(ts|js):\d+/);
  const body = JSON.parse(text) as ErrorBody;
  expect(body.error.message).toEqual(expect.any(String));
  return body.error;
}

describe("bad input gets a 4xx with a JSON message naming the field", () => {
  it("malformed JSON is a 400", async () => {
    const error = await expectError(await send(app, "POST", "/api/breakout", '{"report": '), 400);
    expect(error.message).toMatch(/Malformed JSON/);
  });

  it("an unknown field is a 400 naming its path, also when nested", async () => {
    const error = await expectError(
      await send(app, "POST", "/api/breakout", {
        report: "2021-11",
        options: { tail: ["60=20"] },
        x: 1,
      }),
      400,
    );
    expect(error.issues?.map((i) => i.path).sort()).toEqual(["options.tail", "x"]);
    expect(error.issues?.[0].message).toMatch(/unknown field/);
  });

  it("a body over 1 MB is a 413", async () => {
    const yaml = "x".repeat(BODY_LIMIT_BYTES + 1);
    const error = await expectError(
      await send(app, "POST", "/api/scenarios", { name: "big", yaml }),
      413,
    );
    expect(error.message).toMatch(/larger than 1048576 bytes/);
  });

  it("a body that is not declared JSON is a 415", async () => {
    const res = await app.request("/api/breakout", {
      method: "POST",
      body: '{"report":"2021-11"}',
    });
    expect((await expectError(res, 415)).message).toMatch(/Content-Type: application\/json/);
  });

  it("a number out of range names the field and the range", async () => {
    const error = await expectError(
      await send(app, "POST", "/api/breakout", { report: "2021-11", samples: 50 }),
      400,
    );
    expect(error.issues?.[0]).toMatchObject({ path: "samples" });
    expect(error.issues?.[0].message).toMatch(/>=\s*100/);
  });

  it("a wrong type names the field", async () => {
    const error = await expectError(
      await send(app, "POST", "/api/breakout", {
        report: "2021-11",
        options: { enrichingOnly: "yes" },
      }),
      400,
    );
    expect(error.issues?.[0].path).toBe("options.enrichingOnly");
  });

  it("a value the clock's parser rejects names options.<field> and the allowed range", async () => {
    const error = await expectError(
      await send(app, "POST", "/api/breakout", {
        report: "2021-11",
        options: { tails: ["upTo60=0-20"] },
      }),
      400,
    );
    expect(error.issues).toEqual([
      {
        path: "options.tails",
        message: "tails upTo60: 0 % is out of range; allowed 0.01 to 99 %.",
      },
    ]);
  });

  it("an unknown report is a 400 on POST /breakout and a 404 on GET /jcpoa/:label", async () => {
    const a = await expectError(
      await send(app, "POST", "/api/breakout", { report: "1999-01" }),
      400,
    );
    expect(a.issues?.[0].path).toBe("report");
    expect(a.message).toMatch(/no IAEA report labelled "1999-01"/);
    const b = await expectError(await app.request("/api/jcpoa/1999-01"), 404);
    expect(b.issues?.[0].path).toBe("label");
  });

  it("bad query strings: an unknown parameter, a bad date, a non-boolean flag", async () => {
    const unknown = await expectError(await app.request("/api/history?sample=100"), 400);
    expect(unknown.issues?.[0].path).toBe("sample");
    const date = await expectError(await app.request("/api/clocks/snapback?from=2021-13-01"), 400);
    expect(date.issues?.[0]).toMatchObject({ path: "from" });
    expect(date.message).toMatch(/not a calendar date/);
    const flag = await expectError(
      await app.request("/api/clocks/drm?from=2021-12-01&advisory=1"),
      400,
    );
    expect(flag.issues?.[0].path).toBe("advisory");
    const early = await expectError(await app.request("/api/clocks/inara?from=2014-01-01"), 400);
    expect(early.message).toMatch(/before 2015-05-22/);
  });

  it("a path id that is not a positive integer is a 400; an unknown one a 404", async () => {
    expect((await expectError(await app.request("/api/scenarios/abc"), 400)).issues?.[0].path).toBe(
      "id",
    );
    expect((await expectError(await app.request("/api/runs/0"), 400)).issues?.[0].path).toBe(
      "runId",
    );
    await expectError(await app.request("/api/scenarios/99"), 404);
    await expectError(await app.request("/api/runs/99/result"), 404);
  });

  it("an unknown API route is a JSON 404", async () => {
    await expectError(await app.request("/api/nothing-here"), 404);
    await expectError(await send(app, "DELETE", "/api/reports"), 404);
  });
});
