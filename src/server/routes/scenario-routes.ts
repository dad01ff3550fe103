// Scenario CRUD, validation, and starting a run. A scenario with errors is saved as a draft
// (valid: false, with its issues) but cannot be run.
import { createHash } from "node:crypto";
import { Hono } from "hono";
import { z } from "zod";
import { MAX_TEXT_CHARS } from "../../app/limits.js";
import { checkScenarioRunSize, scenarioRunRequestSchema } from "../../app/scenario/run-scenario.js";
import { ApiError } from "../api-error.js";
import type { Store } from "../db/store.js";
import type { RunService } from "../runs/run-service.js";
import type { ScenarioRunner } from "../runs/scenario-runner.js";
import { jsonBody, requireJson } from "../validate.js";
import { idParam } from "./id-param.js";

const YAML_TEXT = z.string().max(MAX_TEXT_CHARS);
const NAME = z.string().trim().min(1).max(200);

const CREATE_BODY = z.strictObject({ name: NAME, yaml: YAML_TEXT });
const UPDATE_BODY = z.strictObject({ name: NAME.optional(), yaml: YAML_TEXT.optional() });
const VALIDATE_BODY = z.strictObject({ yaml: YAML_TEXT, name: NAME.optional() });
const RUN_BODY = scenarioRunRequestSchema("api");

/** SHA-256 of the YAML text, hex: runs record it so a result can be traced to its exact input. */
export const scenarioHash = (yaml: string) => createHash("sha256").update(yaml).digest("hex");

export function scenarioRoutes(store: Store, runner: ScenarioRunner, runs: RunService) {
  const checked = async (name: string, yaml: string) => {
    const { ok, issues } = await runner.validate(yaml, `${name}.yaml`);
    return { name, yaml, hash: scenarioHash(yaml), valid: ok, issues };
  };
  const found = (id: number) => {
    const scenario = store.scenarios.get(id);
    if (!scenario)
      throw new ApiError(404, `no scenario with id ${id}`, [{ path: "id", message: "not found" }]);
    return scenario;
  };
  const view = (s: NonNullable<ReturnType<Store["scenarios"]["get"]>>) => ({
    id: s.id,
    name: s.name,
    hash: s.hash,
    valid: s.valid,
    issues: s.issues,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  });

  return new Hono()
    .get("/scenarios", (c) => c.json(store.scenarios.list()))
    .post("/scenarios/validate", requireJson, jsonBody(VALIDATE_BODY), async (c) => {
      const { yaml, name } = c.req.valid("json");
      const { ok, issues } = await runner.validate(yaml, `${name ?? "scenario"}.yaml`);
      return c.json({ valid: ok, issues });
    })
    .post("/scenarios", requireJson, jsonBody(CREATE_BODY), async (c) => {
      const { name, yaml } = c.req.valid("json");
      const saved = store.scenarios.create(await checked(name, yaml));
      return c.json(view(saved), 201);
    })
    .get("/scenarios/:id", idParam, (c) => {
      const s = found(Number(c.req.param("id")));
      return c.json({ ...view(s), yaml: s.yaml });
    })
    .put("/scenarios/:id", idParam, requireJson, jsonBody(UPDATE_BODY), async (c) => {
      const id = Number(c.req.param("id"));
      const current = found(id);
      const body = c.req.valid("json");
      const next = await checked(body.name ?? current.name, body.yaml ?? current.yaml);
      const saved = store.scenarios.update(id, next);
      if (!saved) throw new ApiError(404, `no scenario with id ${id}`);
      return c.json(view(saved));
    })
    .delete("/scenarios/:id", idParam, (c) => {
      const id = Number(c.req.param("id"));
      if (!store.scenarios.delete(id))
        throw new ApiError(404, `no scenario with id ${id}`, [
          { path: "id", message: "not found" },
        ]);
      return c.body(null, 204);
    })
    .post("/scenarios/:id/runs", idParam, requireJson, jsonBody(RUN_BODY), (c) => {
      const scenario = found(Number(c.req.param("id")));
      if (!scenario.valid)
        throw new ApiError(
          409,
          "the scenario has errors and is saved as a draft; fix them before running it",
          scenario.issues,
        );
      const request = c.req.valid("json");
      checkScenarioRunSize(scenario.yaml, request, "api");
      const runId = runs.start(scenario, request);
      return c.json({ runId }, 202);
    });
}
