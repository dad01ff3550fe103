// Request validation at the boundary with the use cases' zod schemas (from app/): JSON bodies (which
// must say they are JSON) and query strings. A failure is a 400 with one issue per field, saying
// what was expected and what was given.
import type { MiddlewareHandler } from "hono";
import { validator } from "hono/validator";
import type { z } from "zod";
import { fieldIssues, safeParse } from "../app/fields.js";
import { errorResponse } from "./api-error.js";

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
  validator("json", (value, c) => {
    const parsed = safeParse(schema, value);
    if (!parsed.success)
      return errorResponse(c, 400, "invalid request body", fieldIssues(parsed.error));
    return parsed.data as z.output<S>;
  });

/** A query value that is a plain decimal number is read as one, so schemas check numbers. */
const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const queryValue = (text: string) => (NUMBER_TEXT.test(text) ? Number(text) : text);

/** Validates the query string against a strict schema (numbers in the text are read as numbers). */
export const queryOf = <S extends z.ZodType>(schema: S) =>
  validator("query", (value, c) => {
    const values = Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        Array.isArray(v) ? v.map(queryValue) : queryValue(v),
      ]),
    );
    const parsed = safeParse(schema, values);
    if (!parsed.success)
      return errorResponse(c, 400, "invalid query string", fieldIssues(parsed.error));
    return parsed.data as z.output<S>;
  });
