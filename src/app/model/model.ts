// The closed-form use case: evaluate one model of the registry from named inputs, or list them.
// The registry (core/bargaining/model-evaluate.ts) checks every input against its declared range;
// this layer turns a refusal into a UserError, so the CLI exits 2 and the server answers 400.
// Imported from the registry's own modules, not the core barrel, so `leverage model` loads only
// the closed forms.
import {
  evaluateModel,
  listModels,
  type ModelResult,
  type RawModelInput,
} from "../../core/bargaining/model-evaluate.js";
import { UserError } from "../user-error.js";

export { type ModelResult, modelResultJson } from "../../core/bargaining/model-evaluate.js";

export type ModelListEntry = ReturnType<typeof listModels>[number];

/** One closed form evaluated; a UserError names a bad id, key or value and its allowed range. */
export function modelResult(id: string, inputs: Record<string, RawModelInput>): ModelResult {
  const r = evaluateModel(id, inputs);
  if (!r.ok) throw new UserError(r.message);
  return r.result;
}

/** Every closed form: id, title, source, each input's allowed values and default, the outputs. */
export function modelList(): ModelListEntry[] {
  return listModels();
}
