// POST /breakout (one report, with overrides) and GET /history (every report). Results are
// deterministic for a seed, so they are cached by request.
import { Hono } from "hono";
import { breakout } from "../../app/breakout/breakout.js";
import { BREAKOUT_BODY_SCHEMA, type BreakoutBody } from "../../app/breakout/breakout-request.js";
import { history, historyRequestSchema } from "../../app/history/history.js";
import { loadReports } from "../../data/index.js";
import { lruCache } from "../lru-cache.js";
import type { Versions } from "../runs/run-service.js";
import { withUserErrors } from "../user-error-issue.js";
import { jsonBody, queryOf, requireJson } from "../validate.js";

const HISTORY_QUERY = historyRequestSchema("api").omit({ options: true });

/** The estimate for a validated body, as JSON text (a UserError becomes a 400 naming the field). */
export function breakoutJson(body: BreakoutBody, versions: Versions): string {
  const { estimate, dataVersion } = withUserErrors(
    () => breakout(body),
    (field) => (field === "report" || field === "" ? field : `options.${field}`),
  );
  return JSON.stringify({ ...estimate, dataVersion, appVersion: versions.appVersion });
}

const json = { "content-type": "application/json; charset=utf-8" };
const utf8 = new TextEncoder();

/**
 * Fills the cache with every report's default view. The latest report is computed at once, before
 * the server listens: it loads the data files and warms the JIT (a cold estimate takes about
 * 250 ms, a warm one about 40 ms), so the first visitors do not wait for that. The others follow
 * one per turn of the event loop, with requests served in between.
 */
function precomputeDefaultViews(
  versions: Versions,
  cache: ReturnType<typeof lruCache<Uint8Array<ArrayBuffer>>>,
): void {
  const labels = loadReports()
    .reports.map((r) => r.label)
    .reverse();
  const compute = (label: string) => {
    const body = BREAKOUT_BODY_SCHEMA.parse({ report: label });
    const key = JSON.stringify(body);
    if (cache.get(key) === undefined) {
      cache.set(key, utf8.encode(breakoutJson(body, versions)) as Uint8Array<ArrayBuffer>);
    }
  };
  compute(labels[0]);
  const next = (i: number) => {
    if (i >= labels.length) return;
    compute(labels[i]);
    setImmediate(() => next(i + 1));
  };
  setImmediate(() => next(1));
}

export function breakoutRoutes(versions: Versions, options: { precompute?: boolean } = {}) {
  // Results by validated request (defaults filled in), and by raw body text.
  // Stored encoded, so a hit costs no UTF-8 encoding of the ~8 KB answer.
  const breakouts = lruCache<Uint8Array<ArrayBuffer>>(256);
  if (options.precompute) precomputeDefaultViews(versions, breakouts);
  const sameBodies = lruCache<Uint8Array<ArrayBuffer>>(256);
  const histories = lruCache<string>(8);
  return new Hono()
    .post(
      "/breakout",
      requireJson,
      // A body seen before answers from the cache by its raw text, before parsing and validation:
      // many clients send the very same request (the dashboard's default view).
      async (c, next) => {
        const hit = sameBodies.get(await c.req.text());
        if (hit !== undefined) return c.body(hit, 200, json);
        await next();
      },
      jsonBody(BREAKOUT_BODY_SCHEMA),
      async (c) => {
        const body = c.req.valid("json");
        const key = JSON.stringify(body);
        let bytes = breakouts.get(key);
        if (bytes === undefined) {
          bytes = utf8.encode(breakoutJson(body, versions)) as Uint8Array<ArrayBuffer>;
          breakouts.set(key, bytes);
        }
        sameBodies.set(await c.req.text(), bytes);
        return c.body(bytes, 200, json);
      },
    )
    .get("/history", queryOf(HISTORY_QUERY), (c) => {
      const { samples, seed } = c.req.valid("query");
      const key = `${samples}:${seed}`;
      let text = histories.get(key);
      if (text === undefined) {
        const { dataVersion, estimates, published } = history({ samples, seed, options: {} });
        text = JSON.stringify({
          dataVersion,
          appVersion: versions.appVersion,
          seed,
          samples,
          reports: estimates,
          published,
        });
        histories.set(key, text);
      }
      return c.body(text, 200, json);
    });
}
