// Evaluating a closed form from user input: parse and check every input against its declared
// range, then compute. Pure, so the CLI only splits `--set k=v` and prints, and the server can
// call the same function with JSON values.
import { MODEL_REGISTRY } from "./model-registry.js";
import type {
  ClosedFormModel,
  ModelInputSpec,
  ModelInputValue,
  ModelOutputValue,
} from "./model-types.js";

/** What a user may pass for an input: text as typed (`0.1,0.2`, `inf`) or a parsed value. */
export type RawModelInput = string | ModelInputValue;

/** A model's result: the id, the inputs used (defaults filled in) and the outputs. */
export interface ModelResult {
  model: string;
  inputs: Record<string, ModelInputValue>;
  outputs: Record<string, ModelOutputValue>;
}

export type ModelEvaluation = { ok: true; result: ModelResult } | { ok: false; message: string };

/** The model with this id, if any. */
export function findModel(id: string): ClosedFormModel | undefined {
  return MODEL_REGISTRY.find((m) => m.id === id);
}

/** An input's allowed values in words: "a number in (0, 1)", "a whole number from 1 to 10, or inf". */
export function describeInput(spec: ModelInputSpec): string {
  const range = spec.integer
    ? `from ${spec.low} to ${spec.high}`
    : spec.open
      ? `in (${spec.low}, ${spec.high})`
      : `in [${spec.low}, ${spec.high}]`;
  const kind = spec.integer ? "whole number" : "number";
  if (spec.list)
    return `a comma-separated list of ${spec.list.minLength} to ${spec.list.maxLength} numbers, each ${range}`;
  return `a ${kind} ${range}${spec.infinite ? ", or inf" : ""}`;
}

function inRange(spec: ModelInputSpec, x: number): boolean {
  if (spec.infinite && x === Number.POSITIVE_INFINITY) return true;
  if (!Number.isFinite(x) || (spec.integer && !Number.isInteger(x))) return false;
  return spec.open ? x > spec.low && x < spec.high : x >= spec.low && x <= spec.high;
}

function parseNumber(text: string): number {
  const t = text.trim();
  if (t === "inf" || t === "Infinity") return Number.POSITIVE_INFINITY;
  return t === "" ? Number.NaN : Number(t);
}

/** One input's value, parsed and checked; or the message that names the key and its range. */
function parseInput(
  model: ClosedFormModel,
  spec: ModelInputSpec,
  raw: RawModelInput,
): { value: ModelInputValue } | { message: string } {
  const bad = (shown: string) => ({
    message: `model ${model.id}: ${spec.name} must be ${describeInput(spec)}, got ${shown}`,
  });
  const shown = typeof raw === "string" ? JSON.stringify(raw) : String(raw);
  if (spec.list) {
    const values =
      typeof raw === "string" ? raw.split(",").map(parseNumber) : Array.isArray(raw) ? raw : [raw];
    const ok =
      values.length >= spec.list.minLength &&
      values.length <= spec.list.maxLength &&
      values.every((x) => typeof x === "number" && inRange(spec, x));
    return ok ? { value: values } : bad(shown);
  }
  const x = typeof raw === "string" ? parseNumber(raw) : raw;
  return typeof x === "number" && inRange(spec, x) ? { value: x } : bad(shown);
}

/**
 * Evaluates a closed form from user input. Unknown ids and keys, missing inputs, values out of
 * range and failed conditions across inputs all come back as one-line messages naming the key.
 * @example evaluateModel("screening", { delta: "0.9", rounds: "inf" }) // ok, cutoff 0.759747…
 */
export function evaluateModel(id: string, raw: Record<string, RawModelInput>): ModelEvaluation {
  const model = findModel(id);
  if (!model)
    return {
      ok: false,
      message: `unknown model "${id}"; the models are: ${MODEL_REGISTRY.map((m) => m.id).join(", ")}`,
    };
  const names = model.inputs.map((s) => s.name);
  for (const key of Object.keys(raw))
    if (!names.includes(key))
      return {
        ok: false,
        message: `model ${id} has no input "${key}"; its inputs are: ${names.join(", ")}`,
      };
  const inputs: Record<string, ModelInputValue> = {};
  for (const spec of model.inputs) {
    const given = raw[spec.name];
    if (given === undefined) {
      if (spec.default !== undefined) inputs[spec.name] = spec.default;
      else if (!spec.optional)
        return {
          ok: false,
          message: `model ${id}: missing input ${spec.name} (${describeInput(spec)}): set it with --set ${spec.name}=…`,
        };
      continue;
    }
    const parsed = parseInput(model, spec, given);
    if ("message" in parsed) return { ok: false, message: parsed.message };
    inputs[spec.name] = parsed.value;
  }
  const failed = model.check?.(inputs);
  if (failed) return { ok: false, message: `model ${id}: ${failed}` };
  return { ok: true, result: { model: id, inputs, outputs: model.compute(inputs) } };
}

/** A result as JSON-safe data: Infinity is written "inf" (JSON has no infinity), NaN null. */
export function modelResultJson(result: ModelResult): unknown {
  const clean = (x: unknown): unknown => {
    if (typeof x === "number")
      return x === Number.POSITIVE_INFINITY ? "inf" : Number.isNaN(x) ? null : x;
    return Array.isArray(x) ? x.map(clean) : x;
  };
  const map = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, clean(v)]));
  return { model: result.model, inputs: map(result.inputs), outputs: map(result.outputs) };
}

/** The registry in brief, for `--list`: each model's id, title, source and its inputs' ranges. */
export function listModels() {
  return MODEL_REGISTRY.map((m) => ({
    id: m.id,
    title: m.title,
    source: m.source,
    ownAlgebra: m.ownAlgebra,
    inputs: m.inputs.map((s) => ({
      name: s.name,
      description: s.description,
      allowed: describeInput(s),
      ...(s.default !== undefined ? { default: s.default, defaultSource: s.defaultSource } : {}),
      ...(s.optional ? { optional: true } : {}),
    })),
    outputs: m.outputs.map((o) => ({ name: o.name, description: o.description })),
    listIndex: m.listIndex ?? { name: "i", from: 0 },
  }));
}
