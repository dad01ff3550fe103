// GET /jcpoa/:label and the legal clocks, each a thin call to the use case the CLI prints.
import { Hono } from "hono";
import {
  DISPUTE_OPTIONS,
  disputeResult,
  INARA_OPTIONS,
  inaraResult,
  SNAPBACK_OPTIONS,
  snapbackResult,
} from "../../app/clocks/clocks.js";
import { jcpoaReport } from "../../app/jcpoa/jcpoa.js";
import { ApiError } from "../api-error.js";
import { withUserErrors } from "../user-error-issue.js";
import { queryOf } from "../validate.js";

export function clockRoutes() {
  return new Hono()
    .get("/jcpoa/:label", (c) => {
      const label = c.req.param("label");
      try {
        return c.json(
          withUserErrors(
            () => jcpoaReport(label),
            () => "label",
          ),
        );
      } catch (error) {
        // An unknown report is a missing resource, not a malformed request.
        if (error instanceof ApiError) throw new ApiError(404, error.message, error.issues);
        throw error;
      }
    })
    .get("/clocks/inara", queryOf(INARA_OPTIONS), (c) =>
      c.json(withUserErrors(() => inaraResult(c.req.valid("query")))),
    )
    .get("/clocks/snapback", queryOf(SNAPBACK_OPTIONS), (c) =>
      c.json(withUserErrors(() => snapbackResult(c.req.valid("query")))),
    )
    .get("/clocks/drm", queryOf(DISPUTE_OPTIONS), (c) =>
      c.json(withUserErrors(() => disputeResult(c.req.valid("query")))),
    );
}
