// The HTTP app: the JSON API under /api and the dashboard on "/". Everything it touches is passed
// in, so tests call app.request() with an in-memory store and a fake runner, and no socket.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { UserError } from "../app/user-error.js";
import { type BargainingExecutor, inProcessExecutor } from "../core/index.js";
import { ApiError, errorResponse } from "./api-error.js";
import { dashboardRoutes } from "./dashboard.js";
import type { Store } from "./db/store.js";
import { actorsRoutes } from "./routes/actors-routes.js";
import { breakoutRoutes } from "./routes/breakout-routes.js";
import { clockRoutes } from "./routes/clock-routes.js";
import { dataRoutes } from "./routes/data-routes.js";
import { runRoutes } from "./routes/run-routes.js";
import { scenarioRoutes } from "./routes/scenario-routes.js";
import { tableRoutes } from "./routes/table-routes.js";
import { createRunService, type RunService, type Versions } from "./runs/run-service.js";
import type { ScenarioRunner } from "./runs/scenario-runner.js";
import { apiErrorOf } from "./user-error-issue.js";
import { currentVersions } from "./versions.js";

/** Largest request body, bytes: YAML and CSV travel inside JSON strings. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppDeps {
  store: Store;
  runner: ScenarioRunner;
  /** App and data versions recorded with every result (default: package.json and data/). */
  versions?: Versions;
  /** Where POST /api/table runs its chunks (default: this thread; main.ts passes a worker pool). */
  bargainingExecutor?: BargainingExecutor;
  /** The run service (default: one over `store` and `runner`); tests pass theirs to await runs. */
  runs?: RunService;
  /** Folder of the dashboard's build (default: none, so "/" shows the not-built page). */
  webRoot?: string;
  /** Compute every report's default breakout view in the background at start (default: no). */
  precomputeBreakouts?: boolean;
  /** Logs unexpected errors (default: console.error). */
  logError?: (error: unknown) => void;
}

export function createApp(deps: AppDeps): Hono {
  const versions = deps.versions ?? currentVersions();
  const runs = deps.runs ?? createRunService(deps.store, deps.runner, versions);
  const logError = deps.logError ?? ((error: unknown) => console.error(error));
  const api = new Hono()
    .use(
      bodyLimit({
        maxSize: BODY_LIMIT_BYTES,
        onError: (c) =>
          errorResponse(c, 413, `the request body is larger than ${BODY_LIMIT_BYTES} bytes`, [
            { path: "", message: `at most ${BODY_LIMIT_BYTES} bytes` },
          ]),
      }),
    )
    .route("/", dataRoutes(versions))
    .route("/", breakoutRoutes(versions, { precompute: deps.precomputeBreakouts }))
    .route("/", clockRoutes())
    .route("/", tableRoutes(versions, deps.bargainingExecutor ?? inProcessExecutor))
    .route("/", actorsRoutes())
    .route("/", scenarioRoutes(deps.store, deps.runner, runs))
    .route("/", runRoutes(deps.store))
    .notFound((c) =>
      errorResponse(c, 404, `no route ${c.req.method} ${c.req.path}; see docs/api.md`),
    );

  const app = new Hono();
  app.route("/api", api);
  app.route("/", dashboardRoutes(deps.webRoot));
  app.notFound((c) =>
    c.req.path.startsWith("/api/")
      ? errorResponse(c, 404, `no route ${c.req.method} ${c.req.path}; see docs/api.md`)
      : c.text("not found", 404),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError)
      return errorResponse(c, error.status, error.message, error.issues);
    // Malformed JSON and the like, raised by hono's validator.
    if (error instanceof HTTPException && error.status < 500)
      return errorResponse(c, error.status, error.message, [{ path: "", message: error.message }]);
    if (error instanceof UserError) {
      const api = apiErrorOf(error);
      return errorResponse(c, api.status, api.message, api.issues);
    }
    logError(error);
    return errorResponse(c, 500, "internal error; the server logged the details");
  });
  return app;
}
