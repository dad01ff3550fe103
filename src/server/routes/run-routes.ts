// Run status and progress, the list of runs, and a finished run's files: result.json, the report
// as HTML and Markdown, and each chart as SVG or PNG.
import { Hono } from "hono";
import { z } from "zod";
import { ApiError } from "../api-error.js";
import { contentTypeOf } from "../content-type.js";
import type { RunRecord } from "../db/run-store.js";
import type { Store } from "../db/store.js";
import { svgToPng } from "../svg-to-png.js";
import { queryOf } from "../validate.js";
import { idParam } from "./id-param.js";

const LIST_QUERY = z.strictObject({ scenarioId: z.coerce.number().int().min(1).optional() });

export function runRoutes(store: Store) {
  const runOf = (text: string): RunRecord => {
    const run = store.runs.get(Number(text));
    if (!run)
      throw new ApiError(404, `no run with id ${text}`, [{ path: "runId", message: "not found" }]);
    return run;
  };
  /** A finished run's stored file, or 409 while the run is not done (404 if it has no such file). */
  const fileOf = (runIdText: string, name: string) => {
    const run = runOf(runIdText);
    if (run.status !== "done")
      throw new ApiError(409, `run ${run.runId} is ${run.status}; its files exist once it is done`);
    const file = store.runs.file(run.runId, name);
    if (!file)
      throw new ApiError(404, `run ${run.runId} has no file ${name}`, [
        { path: "name", message: `known: ${store.runs.fileNames(run.runId).join(", ")}` },
      ]);
    return file;
  };
  /** A run with the names of its charts (when done), so a client can link them. */
  const detail = (run: RunRecord) => ({
    ...run,
    charts:
      run.status === "done"
        ? store.runs
            .fileNames(run.runId)
            .filter((n) => n.startsWith("charts/") && n.endsWith(".svg"))
            .map((n) => n.slice("charts/".length, -".svg".length))
        : [],
  });

  return new Hono()
    .get("/runs", queryOf(LIST_QUERY), (c) =>
      c.json(store.runs.list(c.req.valid("query").scenarioId)),
    )
    .get("/runs/:runId", idParam, (c) => c.json(detail(runOf(c.req.param("runId")))))
    .get("/runs/:runId/result", idParam, (c) => {
      const file = fileOf(c.req.param("runId"), "result.json");
      return c.body(file.body, 200, { "content-type": file.contentType });
    })
    .get("/runs/:runId/:file{report\\.(html|md)}", idParam, (c) => {
      const file = fileOf(c.req.param("runId"), c.req.param("file"));
      return c.body(file.body, 200, { "content-type": file.contentType });
    })
    .get("/runs/:runId/charts/:file{[\\w.-]+\\.(svg|png)}", idParam, (c) => {
      const name = c.req.param("file");
      const png = name.endsWith(".png");
      const svg = fileOf(c.req.param("runId"), `charts/${name.slice(0, -4)}.svg`);
      if (!png) return c.body(svg.body, 200, { "content-type": svg.contentType });
      return c.body(new Uint8Array(svgToPng(svg.body)), 200, {
        "content-type": contentTypeOf(".png"),
      });
    });
}
