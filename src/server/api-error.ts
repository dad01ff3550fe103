// Every error the API returns is JSON: { error: { message, issues?: [{ path, message, line?, column? }] } }.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
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
