// POST /table: the bargaining game's strategies compared, from a config given as JSON or YAML.
import { Hono } from "hono";
import { z } from "zod";
import { fieldIssues, safeParse } from "../../app/fields.js";
import { MAX_TEXT_CHARS } from "../../app/limits.js";
import { table, tableRequestSchema } from "../../app/table/table.js";
import { parseTableConfigIssues } from "../../app/table/table-config.js";
import {
  type BargainingConfig,
  type BargainingExecutor,
  inProcessExecutor,
} from "../../core/index.js";
import { BARGAINING_CONFIG_SCHEMA } from "../../core/schemas.js";
import { ApiError } from "../api-error.js";
import type { Versions } from "../runs/run-service.js";
import { jsonBody, requireJson } from "../validate.js";

const TABLE_BODY = tableRequestSchema("api")
  .extend({
    config: z.record(z.string(), z.unknown()).optional(),
    yaml: z.string().max(MAX_TEXT_CHARS).optional(),
  })
  .refine((b) => (b.config === undefined) !== (b.yaml === undefined), {
    error: "give exactly one of config (JSON) or yaml (text)",
    path: ["config"],
  });

/** The validated config from JSON or YAML, or a 400 naming each field (and YAML line). */
function tableConfig(body: { config?: unknown; yaml?: string }): BargainingConfig {
  if (body.yaml !== undefined) {
    const parsed = parseTableConfigIssues(body.yaml);
    if (parsed.ok) return parsed.config;
    throw new ApiError(400, "the table config has errors", parsed.issues);
  }
  const parsed = safeParse(BARGAINING_CONFIG_SCHEMA, body.config);
  if (parsed.success) return parsed.data;
  throw new ApiError(400, "the table config has errors", fieldIssues(parsed.error, "config"));
}

export function tableRoutes(versions: Versions, execute: BargainingExecutor = inProcessExecutor) {
  return new Hono().post("/table", requireJson, jsonBody(TABLE_BODY), async (c) => {
    const body = c.req.valid("json");
    const config = tableConfig(body);
    const { strategies, seed, samples } = await table(config, body, execute, "api");
    return c.json({
      strategies,
      seed,
      samples,
      dataVersion: versions.dataVersion,
      appVersion: versions.appVersion,
    });
  });
}
