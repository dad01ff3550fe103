import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testApp } from "./test-app.js";

const web = mkdtempSync(join(tmpdir(), "leverage-web-"));
afterAll(() => rmSync(web, { recursive: true, force: true }));

describe("the dashboard on /", () => {
  it("without a build, answers 200 with a page that says so and lists the API", async () => {
    const { app } = testApp();
    const res = await app.request("/");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("dashboard is not built");
    expect(html).toContain("/api/breakout");
  });

  it("with a build, serves its files, and index.html for client-side routes but never for /api", async () => {
    mkdirSync(join(web, "assets"));
    writeFileSync(join(web, "index.html"), "<!doctype html><title>Leverage dashboard</title>");
    writeFileSync(join(web, "assets", "app.js"), "console.log(1)");
    const { app } = testApp(undefined, { webRoot: web });
    expect(await (await app.request("/")).text()).toContain("Leverage dashboard");
    const js = await app.request("/assets/app.js");
    expect(js.headers.get("content-type")).toMatch(/javascript/);
    expect(await js.text()).toBe("console.log(1)");
    expect(await (await app.request("/clock/2021-11")).text()).toContain("Leverage dashboard");
    const api = await app.request("/api/not-a-route");
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({
      error: { message: expect.stringMatching(/no route/) },
    });
  });
});
