// The dashboard on "/": the Vite build in dist/web when it exists (unknown paths fall back to its
// index.html, for client-side routes), else a small page that says it is not built and lists the API.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Leverage</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; line-height: 1.5">
<h1>Leverage</h1>
<p>The dashboard is not built (no <code>dist/web/index.html</code>). Run <code>npm run build</code>,
then restart the server. The JSON API is available now:</p>
<ul>
<li><a href="/api/health">GET /api/health</a></li>
<li><a href="/api/reports">GET /api/reports</a>, <a href="/api/data/reports">/api/data/reports</a>,
<a href="/api/data/machine-types">/api/data/machine-types</a>, <a href="/api/data/timeline">/api/data/timeline</a></li>
<li>POST /api/breakout, <a href="/api/history">GET /api/history</a>, <a href="/api/jcpoa/2021-11">GET /api/jcpoa/:label</a></li>
<li><a href="/api/clocks/inara?from=2021-12-31">GET /api/clocks/inara</a>, /api/clocks/snapback, /api/clocks/drm</li>
<li>POST /api/table, POST /api/actors</li>
<li><a href="/api/scenarios">GET/POST /api/scenarios</a>, POST /api/scenarios/validate, POST /api/scenarios/:id/runs</li>
<li><a href="/api/runs">GET /api/runs</a>, /api/runs/:runId, /result, /report.html, /report.md, /charts/:name.svg|png</li>
</ul>
<p>Every route, with examples: <code>docs/api.md</code>.</p>
</body></html>
`;

/** Routes for "/" and the dashboard's files; `webRoot` is the folder of the Vite build. */
export function dashboardRoutes(webRoot: string | undefined) {
  const app = new Hono();
  const index = webRoot === undefined ? undefined : join(webRoot, "index.html");
  if (webRoot === undefined || index === undefined || !existsSync(index)) {
    app.get("/", (c) => c.html(NOT_BUILT));
    return app;
  }
  const page = serveStatic({ path: index });
  app.use("/*", serveStatic({ root: webRoot }));
  // Client-side routes get the app's page; /api paths never do (they answer JSON 404s).
  app.get("*", (c, next) => (c.req.path.startsWith("/api/") ? next() : page(c, next)));
  return app;
}
