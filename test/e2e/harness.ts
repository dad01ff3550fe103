// The browser tests' harness: the built server on a free port with a temporary database, and
// Debian's chromium driven by playwright-core with the flags from stack.md. Console errors and page
// errors are collected so every test can fail on them.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export const ROOT = resolve(import.meta.dirname, "../..");
export const CHROMIUM = "/usr/bin/chromium";
const SERVER = join(ROOT, "dist/server/main.js");
const WEB_INDEX = join(ROOT, "dist/web/index.html");
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Why the browser tests cannot run here, or null when they can. */
export function skipReason(): string | null {
  if (!existsSync(CHROMIUM))
    return `no chromium at ${CHROMIUM} (.ci/run installs it: apt-get install -y chromium)`;
  if (!existsSync(SERVER)) return "no dist/server/main.js: run `npm run build` first";
  if (!existsSync(WEB_INDEX)) return "no dist/web/index.html: run `npm run build` first";
  return null;
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? done(address.port) : fail(new Error("no port")),
      );
    });
  });

export interface Harness {
  url: string;
  context: BrowserContext;
  /** Console errors and page errors seen so far, with the page's URL. */
  errors: string[];
  newPage: () => Promise<Page>;
  stop: () => Promise<void>;
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`the server exited (${server.exitCode}): ${log()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not answer /api/health within 20 s: ${log()}`);
}

/** Starts the built server and chromium; `stop()` ends both and removes the temporary files. */
export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), "leverage-e2e-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const server = spawn(process.execPath, [SERVER], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      LEVERAGE_DB: join(dir, "e2e.db"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (d) => {
    output += d;
  });
  server.stderr?.on("data", (d) => {
    output += d;
  });
  const stopServer = async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (server.exitCode === null) server.kill("SIGKILL");
  };
  try {
    await waitForHealth(url, server, () => output);
  } catch (error) {
    await stopServer();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  // A fresh profile per run (playwright passes it to chromium as --user-data-dir).
  const context = await chromium.launchPersistentContext(join(dir, "profile"), {
    executablePath: CHROMIUM,
    args: FLAGS,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const errors: string[] = [];
  const newPage = async () => {
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`${page.url()}: console error: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`${page.url()}: page error: ${e.message}`));
    return page;
  };
  return {
    url,
    context,
    errors,
    newPage,
    stop: async () => {
      await context.close().catch(() => undefined);
      await stopServer();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The durations of the page's `leverage:redraw:<chart>` measures, ms. */
export const redrawTimes = (page: Page, chart: string) =>
  page.evaluate(
    (name) =>
      performance.getEntriesByName(`leverage:redraw:${name}`, "measure").map((e) => e.duration),
    chart,
  );

/** A timing in the shape of bench/measure.ts (median, p95 and min by rank, like `measure`). */
export function timingOf(name: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { name, runs: sorted.length, medianMs: at(0.5), p95Ms: at(0.95), minMs: sorted[0] };
}
