// Request validation with zod at the boundary: JSON bodies (which must say they are JSON) and query
// strings. A failure is a 400 with one issue per field.
import { zValidator } from "@hono/zod-validator";
import type { MiddlewareHandler } from "hono";
import type { z } from "zod";
import { errorResponse, zodIssues } from "./api-error.js";

/** 415 unless the request says its body is JSON (otherwise it would be read as an empty object). */
export const requireJson: MiddlewareHandler = async (c, next) => {
  const type = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (!/^application\/([\w.-]+\+)?json$/.test(type)) {
    return errorResponse(c, 415, "the body must be JSON (Content-Type: application/json)", [
      { path: "", message: `got Content-Type '${type || "none"}'` },
    ]);
  }
  await next();
};

/** Validates the JSON body against a strict schema. */
export const jsonBody = <S extends z.ZodType>(schema: S) =>
  zValidator("json", schema, (result, c) => {
    if (!result.success)
      return errorResponse(c, 400, "invalid request body", zodIssues(result.error));
  });

/** Validates the query string against a strict schema (values arrive as strings). */
export const queryOf = <S extends z.ZodType>(schema: S) =>
  zValidator("query", schema, (result, c) => {
    if (!result.success)
      return errorResponse(c, 400, "invalid query string", zodIssues(result.error));
  });
