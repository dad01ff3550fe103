// GET /jcpoa/:label and the legal clocks, each a thin call to the function the CLI prints.
import { Hono } from "hono";
import { z } from "zod";
import { disputeResult, inaraResult, snapbackResult } from "../../cli/clock/run-clock.js";
import { jcpoaReport } from "../../cli/jcpoa/run-jcpoa.js";
import { ApiError } from "../api-error.js";
import { withUserErrors } from "../user-error-issue.js";
import { queryOf } from "../validate.js";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date, YYYY-MM-DD" });
const flag = z.enum(["true", "false"]).transform((v) => v === "true");

const INARA_QUERY = z.strictObject({
  from: isoDay,
  transmitted: isoDay.optional(),
  disapproval: flag.default(false),
  reviewRule: z.enum(["statute", "every-year"]).default("statute"),
});
const SNAPBACK_QUERY = z.strictObject({ from: isoDay });
const DRM_QUERY = z.strictObject({ from: isoDay, advisory: flag.default(false) });

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
    .get("/clocks/inara", queryOf(INARA_QUERY), (c) =>
      c.json(withUserErrors(() => inaraResult(c.req.valid("query")))),
    )
    .get("/clocks/snapback", queryOf(SNAPBACK_QUERY), (c) =>
      c.json(withUserErrors(() => snapbackResult(c.req.valid("query")))),
    )
    .get("/clocks/drm", queryOf(DRM_QUERY), (c) =>
      c.json(withUserErrors(() => disputeResult(c.req.valid("query")))),
    );
}
