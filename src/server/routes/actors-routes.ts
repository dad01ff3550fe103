// POST /actors: a multi-actor forecast from a KTAB CSV, a plain CSV or a YAML config given as text.
import { Hono } from "hono";
import { z } from "zod";
import { actorsJson, actorsRequestSchema, actorsRun } from "../../app/actors/actors.js";
import { actorsFromText } from "../../app/actors/read-actors.js";
import { MAX_TEXT_CHARS } from "../../app/limits.js";
import { withUserErrors } from "../user-error-issue.js";
import { jsonBody, requireJson } from "../validate.js";

const INPUTS = ["ktabCsv", "csv", "yaml"] as const;
const text = z.string().max(MAX_TEXT_CHARS).optional();

const ACTORS_BODY = actorsRequestSchema("api")
  .extend({ ktabCsv: text, csv: text, yaml: text })
  .refine((b) => INPUTS.filter((k) => b[k] !== undefined).length === 1, {
    error: "give exactly one input: ktabCsv, csv or yaml (as text)",
    path: ["ktabCsv"],
  });

export function actorsRoutes() {
  return new Hono().post("/actors", requireJson, jsonBody(ACTORS_BODY), (c) => {
    const body = c.req.valid("json");
    const input = INPUTS.find((k) => body[k] !== undefined) ?? "yaml";
    const kind = input === "yaml" ? "config" : input;
    const file = input === "yaml" ? "actors.yaml" : "actors.csv";
    const read = withUserErrors(
      () => actorsFromText(kind, body[input] as string, file),
      () => input,
    );
    const run = withUserErrors(
      () => actorsRun(read, body, "api"),
      (field) => field,
    );
    return c.json(actorsJson(read, run));
  });
}
