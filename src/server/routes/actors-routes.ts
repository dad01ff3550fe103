// POST /actors: a multi-actor forecast from a KTAB CSV, a plain CSV or a YAML config given as text.
import { Hono } from "hono";
import { z } from "zod";
import { actorsFromText } from "../../cli/actors/read-actors.js";
import { actorsJson, actorsRun } from "../../cli/actors/run-actors.js";
import { MAX_SEED } from "../../core/index.js";
import { withUserErrors } from "../user-error-issue.js";
import { jsonBody, requireJson } from "../validate.js";

const INPUTS = ["ktabCsv", "csv", "yaml"] as const;

const ACTORS_BODY = z
  .strictObject({
    model: z.enum(["mean", "median", "bdm", "smp"]).default("smp"),
    ktabCsv: z.string().max(500_000).optional(),
    csv: z.string().max(500_000).optional(),
    yaml: z.string().max(500_000).optional(),
    rounds: z.int().min(1).max(10_000).optional(),
    draws: z.int().min(1).max(5000).default(200),
    seed: z.int().min(0).max(MAX_SEED).optional(),
    smp: z.array(z.string().max(200)).max(20).optional(),
    bdm: z.array(z.string().max(200)).max(20).optional(),
  })
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
      () => actorsRun(read, body),
      (field) => field,
    );
    return c.json(actorsJson(read, run));
  });
}
