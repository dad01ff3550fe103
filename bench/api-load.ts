// Load test of the compiled server: 200 concurrent POST /api/breakout requests on loopback, with a
// temp database, timing each request to its full body. Records p50/p95/p99 and errors in
// bench/results/api-load.json. Needs `npm run build` first. Stops by itself (timeouts everywhere).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { record, type Timing } from "./measure.js";

const CONCURRENT = 200;
const REQUEST_TIMEOUT_MS = 30_000;
const START_TIMEOUT_MS = 15_000;
const SERVER = "dist/server/main.js";

/** Starts the server on a free loopback port (PORT=0) and resolves with its URL. */
function startServer(dbPath: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0", LEVERAGE_DB: dbPath },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("the server did not start in time")),
      START_TIMEOUT_MS,
    );
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, child });
      }
    });
    child.once("exit", (code) => reject(new Error(`the server exited (${code})`)));
  });
}

interface Outcome {
  ms: number;
  status: number | "error";
}

/** One request on its own connection (node:http, lighter than fetch), timed to its full body. */
function timed(url: string, body: unknown): Promise<Outcome> {
  const t0 = performance.now();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve) => {
    const req = request(
      body === undefined ? `${url}/api/health` : `${url}/api/breakout`,
      {
        method: body === undefined ? "GET" : "POST",
        headers: payload
          ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }
          : {},
        timeout: REQUEST_TIMEOUT_MS,
      },
      (res) => {
        res.on("data", () => {});
        res.on("end", () => resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0 }));
        res.on("error", () => resolve({ ms: performance.now() - t0, status: "error" }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve({ ms: performance.now() - t0, status: "error" }));
    req.end(payload);
  });
}

const quantile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

/** Fires every body at once and summarises the latencies. */
async function wave(url: string, name: string, bodies: unknown[]) {
  const outcomes = await Promise.all(bodies.map((b) => timed(url, b)));
  const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const errors = outcomes.filter((o) => o.status !== 200).length;
  const timing: Timing = {
    name,
    runs: outcomes.length,
    medianMs: quantile(ms, 0.5),
    p95Ms: quantile(ms, 0.95),
    minMs: ms[0],
  };
  const summary = {
    name,
    requests: outcomes.length,
    distinctRequests: new Set(bodies.map((b) => JSON.stringify(b))).size,
    p50Ms: quantile(ms, 0.5),
    p95Ms: quantile(ms, 0.95),
    p99Ms: quantile(ms, 0.99),
    maxMs: ms[ms.length - 1],
    errors,
  };
  process.stdout.write(
    `${name}: p50 ${summary.p50Ms.toFixed(1)} ms, p95 ${summary.p95Ms.toFixed(1)} ms, p99 ${summary.p99Ms.toFixed(1)} ms, max ${summary.maxMs.toFixed(1)} ms, errors ${errors}\n`,
  );
  return { timing, summary };
}

/** The report labels, from the server; waits until every default view has had time to compute. */
async function reportLabels(url: string): Promise<string[]> {
  const response = await fetch(`${url}/api/reports`);
  const { reports } = (await response.json()) as { reports: { label: string }[] };
  await new Promise((resolve) => setTimeout(resolve, 4000));
  return reports.map((r) => r.label);
}

const REPORTS = [
  "2021-11",
  "2021-09",
  "2022-05",
  "2023-02",
  "2023-11",
  "2024-11",
  "2025-02",
  "2021-05",
];

async function main() {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
  // Other work on the machine skews the figures: record how busy it was.
  const loadAverageAtStart = loadavg().map((x) => +x.toFixed(2));
  const dir = mkdtempSync(join(tmpdir(), "leverage-load-"));
  const { url, child } = await startServer(join(dir, "load.db"));
  const guard = setTimeout(() => child.kill("SIGKILL"), 180_000);
  try {
    // Warm-up, not recorded: the server's and this client's HTTP paths get compiled.
    for (let i = 0; i < 2; i++)
      await wave(url, "warm-up: GET /api/health", Array(CONCURRENT).fill(undefined));
    const waves = [];
    waves.push(
      await wave(
        url,
        `${CONCURRENT} concurrent GET /api/health (baseline)`,
        Array(CONCURRENT).fill(undefined),
      ),
    );
    // Every report's default view, which the server computes in the background at start-up.
    const labels = await reportLabels(url);
    waves.push(
      await wave(
        url,
        `${CONCURRENT} concurrent over all ${labels.length} reports, default view (precomputed at start)`,
        Array.from({ length: CONCURRENT }, (_, i) => ({ report: labels[i % labels.length] })),
      ),
    );
    // One request no one made before (a seed of its own): the first computes (1,000 draws), the
    // others wait for it; then the same again, cached.
    const same = Array.from({ length: CONCURRENT }, () => ({ report: "2021-11", seed: 7 }));
    waves.push(await wave(url, `${CONCURRENT} concurrent, one request, not cached`, same));
    waves.push(await wave(url, `${CONCURRENT} concurrent, one request, cached`, same));
    // Users moving between reports and toggling one assumption: 16 distinct requests, none cached.
    waves.push(
      await wave(
        url,
        `${CONCURRENT} concurrent over 16 distinct requests (8 reports × 2 option sets), not cached`,
        Array.from({ length: CONCURRENT }, (_, i) => ({
          report: REPORTS[i % REPORTS.length],
          options: i % 16 < 8 ? { enrichingOnly: true } : { stocks: "upTo20,upTo60" },
        })),
      ),
    );
    // Every request different (its own seed): the worst case, all 200 computed on the main thread.
    waves.push(
      await wave(
        url,
        `${CONCURRENT} concurrent, all distinct (seed per request), not cached`,
        Array.from({ length: CONCURRENT }, (_, i) => ({ report: "2021-11", seed: 1000 + i })),
      ),
    );
    record(
      "api-load",
      waves.map((w) => w.timing),
      {
        concurrent: CONCURRENT,
        samplesPerRequest: 1000,
        cpus: cpus().length,
        loadAverageAtStart,
        waves: waves.map((w) => w.summary),
      },
    );
  } finally {
    clearTimeout(guard);
    child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
