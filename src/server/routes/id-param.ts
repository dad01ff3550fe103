// Scenario and run ids are positive integers; anything else in the path is a 400 naming the field.
import type { MiddlewareHandler } from "hono";
import { errorResponse } from "../api-error.js";

/** Checks every `:id` or `:runId` path parameter is a positive integer. */
export const idParam: MiddlewareHandler = async (c, next) => {
  for (const [name, value] of Object.entries(c.req.param() as Record<string, string>)) {
    if ((name === "id" || name === "runId") && !/^[1-9]\d{0,15}$/.test(value))
      return errorResponse(c, 400, `${name} must be a positive integer`, [
        { path: name, message: `must be a positive integer; got '${value}'` },
      ]);
  }
  await next();
};
