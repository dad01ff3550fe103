// POST /table: the bargaining game's strategies compared, from a config given as JSON or YAML.
import { Hono } from "hono";
import { z } from "zod";
import { parseTableConfigIssues } from "../../cli/table/load-config.js";
import {
  type BargainingConfig,
  type BargainingExecutor,
  inProcessExecutor,
  MAX_SEED,
  runBargainingTable,
} from "../../core/index.js";
import { BARGAINING_CONFIG_SCHEMA } from "../../core/schemas.js";
import { ApiError, zodIssues } from "../api-error.js";
import type { Versions } from "../runs/run-service.js";
import { jsonBody, requireJson } from "../validate.js";
import { DEFAULT_SEED } from "./breakout-schema.js";

const TABLE_BODY = z
  .strictObject({
    config: z.record(z.string(), z.unknown()).optional(),
    yaml: z.string().max(500_000).optional(),
    samples: z.int().min(100).max(50_000).default(2000),
    seed: z.int().min(0).max(MAX_SEED).default(DEFAULT_SEED),
    /** Draws per tornado bar end; 0 for no tornado. */
    tornadoSamples: z.int().min(0).max(5000).default(0),
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
  const parsed = BARGAINING_CONFIG_SCHEMA.safeParse(body.config);
  if (parsed.success) return parsed.data;
  throw new ApiError(400, "the table config has errors", zodIssues(parsed.error, "config"));
}

export function tableRoutes(versions: Versions, execute: BargainingExecutor = inProcessExecutor) {
  return new Hono().post("/table", requireJson, jsonBody(TABLE_BODY), async (c) => {
    const body = c.req.valid("json");
    const config = tableConfig(body);
    const strategies = await runBargainingTable(
      config,
      { samples: body.samples, seed: body.seed, tornadoSamples: body.tornadoSamples },
      execute,
    );
    return c.json({
      strategies,
      seed: body.seed,
      samples: body.samples,
      dataVersion: versions.dataVersion,
      appVersion: versions.appVersion,
    });
  });
}
