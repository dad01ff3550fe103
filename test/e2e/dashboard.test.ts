// Browser tests of the built dashboard (npm run build): each page loads without console errors, a
// slider redraws its chart, the flagship scenario runs and its report opens, a scenario is saved and
// reloaded, and a chart exports as SVG and PNG. Timings go to the log (and, with RECORD_BENCH=1, to
// bench/results/web.json), not into assertions.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Harness, ROOT, redrawTimes, skipReason, startHarness, timingOf } from "./harness.js";

const reason = skipReason();
if (reason) console.warn(`Browser tests skipped: ${reason}`);

const timings: ReturnType<typeof timingOf>[] = [];
const extra: Record<string, unknown> = {};

/** Waits until the chart `name` shows an SVG different from `before`, and returns it. */
async function chartChanged(page: Page, name: string, before: string | null, timeout = 15_000) {
  await page.waitForFunction(
    ([chart, old]) => {
      const svg = document.querySelector(`figure[data-chart="${chart}"] .chart-svg`)?.innerHTML;
      return Boolean(svg) && svg !== old;
    },
    [name, before] as const,
    { timeout },
  );
  return chartSvg(page, name);
}

const chartSvg = (page: Page, name: string) =>
  page.evaluate(
    (chart) =>
      document.querySelector(`figure[data-chart="${chart}"] .chart-svg`)?.innerHTML ?? null,
    name,
  );

describe.skipIf(reason !== null)("the dashboard in chromium", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterEach(() => {
    // No page may log an error to the console.
    const errors = h.errors.splice(0);
    expect(errors).toEqual([]);
  });
  afterAll(async () => {
    await h?.stop();
    if (timings.length === 0) return;
    // Timings are recorded only when asked (`RECORD_BENCH=1 npm test`), so a test run leaves the
    // working tree as it found it; otherwise they go to the test log.
    if (!process.env.RECORD_BENCH) {
      console.info("dashboard timings:", JSON.stringify({ timings, ...extra }));
      return;
    }
    mkdirSync(join(ROOT, "bench/results"), { recursive: true });
    const machine = { node: process.version, platform: process.platform, arch: process.arch };
    // Other work on the machine slows the page; the load average says how busy it was.
    extra.cores = cpus().length;
    extra.loadAverage1m = Number(loadavg()[0].toFixed(2));
    writeFileSync(
      join(ROOT, "bench/results/web.json"),
      `${JSON.stringify({ machine, timings, ...extra }, null, 2)}\n`,
    );
  }, 30_000);

  it("loads the Clock page with its history, stocks and events charts", async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.waitForSelector('[data-testid="clock-headline"] strong.big', { timeout: 20_000 });
    await page.waitForSelector('figure[data-chart="breakout-history"] svg');
    const firstLoadMs = await page.evaluate(() => performance.now());
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return { domContentLoadedMs: n.domContentLoadedEventEnd, loadMs: n.loadEventEnd };
    });
    extra.firstLoad = {
      clockWithDataMs: firstLoadMs,
      ...nav,
      note: "navigation start to the Clock's headline and history chart drawn with data, localhost, cold cache",
    };
    expect(await page.textContent("h1")).toBe("Leverage");
    expect(await page.textContent("main h2")).toBe("Clock");
    for (const chart of [
      "breakout-history",
      "stocks-by-level",
      "enrichment-level",
      "events-timeline",
      "breakout-months",
    ]) {
      const svg = await chartSvg(page, chart);
      expect(svg, chart).toMatch(/^<svg/);
      expect(svg, chart).toContain("Source:");
    }
    // The JCPOA limits are drawn as lines, and the selected report's plan is listed.
    expect(await chartSvg(page, "stocks-by-level")).toContain("JCPOA cap 202.8 kgU");
    expect(await chartSvg(page, "enrichment-level")).toContain("JCPOA limit 3.67 %");
    expect(await page.textContent(".plan")).toContain("Feed used by the plan");
    await page.close();
  }, 60_000);

  it("after June 2025: says what is missing, marks the gap, and runs on a fleet and stock typed on the page (issue 13, item 7)", async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.waitForSelector('[data-testid="clock-headline"] strong.big', { timeout: 20_000 });
    await page.selectOption("#clock-report", "2025-11");
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="clock-headline"]')
          ?.textContent?.includes("No estimate for report 2025-11"),
      undefined,
      { timeout: 20_000 },
    );
    const headline = await page.textContent('[data-testid="clock-headline"]');
    expect(headline).toContain("no verified capacity");
    expect(headline).toContain("last verified 60 % stock was 440.9 kgU");
    expect(headline).not.toContain("--fleet");
    // The months chart says what is missing instead of "No chart yet.".
    expect(await page.textContent('[data-testid="months-missing"]')).toContain(
      "no verified enrichment capacity",
    );
    expect(await page.textContent("main")).not.toContain("No chart yet.");
    // The JCPOA limits whose input is unknown say so.
    expect(await page.textContent('.jcpoa tr[data-limit="fordowEnriching"]')).toMatch(
      /enriching machines at Fordow.*unknown/,
    );
    // The history marks the gap once it has been drawn with every report.
    await page.waitForFunction(
      () =>
        document
          .querySelector('figure[data-chart="breakout-history"] .chart-svg')
          ?.innerHTML.includes("no verified capacity →"),
      undefined,
      { timeout: 60_000 },
    );
    // A fleet and a stock typed on the page run the clock; a bad value is named beside its field.
    const form = '[data-testid="clock-user-state"]';
    expect(await page.inputValue(`${form} input[name="user-kg60"]`)).toBe("440.9");
    await page.fill(`${form} input[name="user-machines"]`, "-5");
    await page.click(`${form} button[type="submit"]`);
    expect(await page.textContent(`${form} .error-inline`)).toContain(
      "Machines: -5 is out of range",
    );
    await page.fill(`${form} input[name="user-machines"]`, "1044");
    await page.click(`${form} button[type="submit"]`);
    await page.waitForSelector('[data-testid="clock-headline"] strong.big', { timeout: 20_000 });
    expect(await page.textContent('[data-testid="clock-headline"]')).toContain(
      "you gave for report 2025-11 (not verified)",
    );
    await page.close();
  }, 120_000);

  it("loads the Table, Actors and Scenarios pages from the navigation", async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.click('nav a[href="#/table"]');
    await page.waitForSelector('[data-testid="strategy-table"]', { timeout: 30_000 });
    await page.waitForSelector('figure[data-chart="bargaining-tornado"] svg', { timeout: 30_000 });
    expect(await page.textContent("main h2")).toBe("Table");
    await page.click('nav a[href="#/actors"]');
    await page.waitForSelector('figure[data-chart="actors-trajectory"] svg', { timeout: 30_000 });
    await page.waitForFunction(
      () =>
        document
          .querySelector('figure[data-chart="actors-final"] svg')
          ?.textContent?.includes("percentile"),
      undefined,
      { timeout: 60_000 },
    );
    await page.click('nav a[href="#/scenarios"]');
    await page.waitForSelector('textarea[aria-label="Scenario YAML"]');
    expect(await page.textContent("main h2")).toBe("Scenarios");
    await page.close();
  }, 120_000);

  it("redraws the breakout charts when an output slider moves (keyboard)", async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.waitForFunction(
      () => performance.getEntriesByName("leverage:history-complete").length > 0,
      undefined,
      { timeout: 30_000 },
    );
    const slider = page.locator('input[name="swu-ir6"]');
    await slider.focus();
    let before = await chartSvg(page, "breakout-history");
    const presses = 30;
    for (let i = 0; i < presses; i++) {
      const count = (await redrawTimes(page, "breakout-history")).length;
      await page.keyboard.press(i < presses / 2 ? "ArrowRight" : "ArrowLeft");
      await page.waitForFunction(
        (n) =>
          performance.getEntriesByName("leverage:redraw:breakout-history", "measure").length > n,
        count,
        { timeout: 10_000 },
      );
      before = await chartChanged(page, "breakout-history", before);
    }
    expect(await page.inputValue('input[name="swu-ir6"]')).toBe("5.3");
    const history = await redrawTimes(page, "breakout-history");
    const months = await redrawTimes(page, "breakout-months");
    expect(history.length).toBe(presses);
    timings.push(
      timingOf("Clock: IR-6 slider key press → breakout history chart redrawn", history),
    );
    timings.push(timingOf("Clock: IR-6 slider key press → months chart redrawn", months));
    // The whole history (every report re-run) after one press, waited for each time.
    const complete: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press(i % 2 === 0 ? "ArrowRight" : "ArrowLeft");
      const ms = await page.waitForFunction(
        () => {
          const input = performance.getEntriesByName("leverage:input").at(-1);
          const done = performance.getEntriesByName("leverage:history-complete").at(-1);
          return input && done && done.startTime > input.startTime
            ? done.startTime - input.startTime
            : null;
        },
        undefined,
        { timeout: 20_000 },
      );
      complete.push(Number(await ms.jsonValue()));
    }
    timings.push(
      timingOf("Clock: slider key press → every report's band recomputed and drawn", complete),
    );
    await page.close();
  }, 120_000);

  it("redraws the strategy charts when a credibility lever moves", async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/#/table`);
    await page.waitForSelector('figure[data-chart="bargaining-tornado"] svg', { timeout: 30_000 });
    const before = await chartSvg(page, "bargaining-deal-by-week");
    await page.locator('input[name="credibility-strike"]').focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
    await chartChanged(page, "bargaining-deal-by-week", before, 30_000);
    await page.waitForFunction(
      () => performance.getEntriesByName("leverage:redraw:bargaining-deal-by-week").length > 0,
    );
    const times = await redrawTimes(page, "bargaining-deal-by-week");
    timings.push(
      timingOf("Table: lever moved → P(deal) by week redrawn (5 strategies × 400 draws)", times),
    );
    await page.close();
  }, 60_000);

  it("exports a chart as SVG and as a PNG at twice its size", async () => {
    const page = await h.newPage();
    await page.goto(h.url);
    await page.waitForSelector('figure[data-chart="stocks-by-level"] svg', { timeout: 20_000 });
    const figure = page.locator('figure[data-chart="stocks-by-level"]');
    const [svgFile] = await Promise.all([
      page.waitForEvent("download"),
      figure.getByRole("button", { name: /as SVG/ }).click(),
    ]);
    expect(svgFile.suggestedFilename()).toBe("stocks-by-level.svg");
    const svg = readFileSync(await svgFile.path(), "utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="(\d+)"/);
    expect(svg).toContain("JCPOA cap 202.8 kgU");
    const [pngFile] = await Promise.all([
      page.waitForEvent("download"),
      figure.getByRole("button", { name: /as PNG/ }).click(),
    ]);
    expect(pngFile.suggestedFilename()).toBe("stocks-by-level.png");
    const png = readFileSync(await pngFile.path());
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const svgWidth = Number(/width="(\d+)"/.exec(svg)?.[1]);
    expect(png.readUInt32BE(16)).toBe(2 * svgWidth);
    await page.close();
  }, 60_000);

  it("shows schema errors with line numbers, saves a draft and reloads it", async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/#/scenarios`);
    const editor = page.locator('textarea[aria-label="Scenario YAML"]');
    const text = "name: e2e draft\nnot_a_field: 3\n";
    await editor.fill(text);
    await page.fill("#scenario-name", "e2e-draft");
    const firstIssue = page.locator('[data-testid="validation"] .issues li').first();
    await firstIssue.waitFor({ timeout: 15_000 });
    expect(await firstIssue.textContent()).toMatch(/^\d+:\d+ /);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText(/Saved 'e2e-draft' as a draft/).waitFor();
    await page.reload();
    await page.getByRole("button", { name: "Open e2e-draft" }).click();
    await page.getByText("Opened 'e2e-draft'.").waitFor();
    expect(await editor.inputValue()).toBe(text);
    await page.close();
  }, 60_000);

  it("runs the flagship scenario and opens its report", async () => {
    const page = await h.newPage();
    await page.goto(`${h.url}/#/scenarios`);
    await page.getByRole("button", { name: "Load example vienna-2021-11-29" }).click();
    await page.getByText("Valid: the scenario matches the schema.").waitFor({ timeout: 20_000 });
    await page.fill("#run-samples", "500");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    const panel = page.locator('[data-testid="run-panel"]');
    await page.waitForSelector('[data-testid="run-panel"][data-status="done"]', {
      timeout: 150_000,
    });
    const frame = page.frameLocator("iframe.report-frame");
    await expect(frame.locator("h1").textContent({ timeout: 20_000 })).resolves.toBeTruthy();
    const link = await panel
      .getByRole("link", { name: "Open the report in a new tab" })
      .getAttribute("href");
    const report = await fetch(`${h.url}${link}`);
    expect(report.status).toBe(200);
    expect(await report.text()).toContain("Leverage report");
    await page.close();
  }, 180_000);
});
