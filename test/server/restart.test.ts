// Process-level: kill the server during a run, start it again on the same database file.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { INTERRUPTED } from "../../src/server/db/run-store.js";

const dir = mkdtempSync(join(tmpdir(), "leverage-restart-"));
const dbPath = join(dir, "leverage.db");
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `node --import tsx src/server/main.ts` on a free loopback port; resolves with its URL. */
function start(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0", LEVERAGE_DB: dbPath },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk;
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url) resolve({ url, child });
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );

const post = (url: string, body: unknown) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }).then((r) => r.json());

/** Saves the Vienna scenario, starts a long run and waits until it is running. */
async function startLongRun(url: string) {
  const yaml = readFileSync("scenarios/vienna-2021-11-29.yaml", "utf8");
  const scenario = await post(`${url}/api/scenarios`, { name: "vienna", yaml });
  const { runId } = await post(`${url}/api/scenarios/${scenario.id}/runs`, {
    // Long enough to kill mid-run, within the API's 1,000,000 draws per run (× 6 for 5 strategies).
    samples: 150_000,
    seed: 5,
  });
  for (let i = 0; i < 300; i++) {
    const run = await (await fetch(`${url}/api/runs/${runId}`)).json();
    if (run.status === "running") return { scenario, yaml, runId };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the run never started");
}

describe("killing the server during a run", () => {
  it("SIGKILL, then a restart: the scenario is there and the run is failed, with no result", async () => {
    const first = await start();
    const { scenario, yaml, runId } = await startLongRun(first.url);
    const gone = exited(first.child);
    first.child.kill("SIGKILL");
    expect((await gone).signal).toBe("SIGKILL");

    const second = await start();
    const saved = await (await fetch(`${second.url}/api/scenarios/${scenario.id}`)).json();
    expect(saved).toMatchObject({ name: "vienna", yaml, hash: scenario.hash, valid: true });
    const run = await (await fetch(`${second.url}/api/runs/${runId}`)).json();
    expect(run).toMatchObject({ status: "failed", error: INTERRUPTED, seed: 5 });
    const result = await fetch(`${second.url}/api/runs/${runId}/result`);
    expect(result.status).toBe(409);

    // SIGTERM shuts down cleanly (exit 0) and marks the run it stops as failed at once.
    const next = await startLongRun(second.url);
    const stopped = exited(second.child);
    second.child.kill("SIGTERM");
    expect((await stopped).code).toBe(0);
    const third = await start();
    const after = await (await fetch(`${third.url}/api/runs/${next.runId}`)).json();
    expect(after).toMatchObject({ status: "failed", error: INTERRUPTED });
    const done = exited(third.child);
    third.child.kill("SIGTERM");
    await done;
  }, 120_000);
});
