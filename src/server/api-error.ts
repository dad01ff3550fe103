// Every error the API returns is JSON: { error: { message, issues?: [{ path, message, line?, column? }] } }.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import type { ApiIssue } from "./api-issue.js";

/** An error a route throws to answer with `status` and a JSON message (never a stack trace). */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The JSON error body with `status`. */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  issues?: ApiIssue[],
) {
  return c.json({ error: { message, ...(issues && issues.length > 0 ? { issues } : {}) } }, status);
}

/** "options.tails[0]" from a zod path; `prefix` places the field inside a larger body. */
export function pathString(path: readonly PropertyKey[], prefix = ""): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** A zod error as issues, naming unknown fields one by one. */
export function zodIssues(error: z.core.$ZodError, prefix = ""): ApiIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          path: pathString([...issue.path, key], prefix),
          message: "unknown field; remove it or check the spelling",
        }))
      : [
          {
            path: pathString(issue.path, prefix),
            message:
              issue.code === "invalid_type" && issue.input === undefined
                ? "is required"
                : issue.message,
          },
        ],
  );
}
