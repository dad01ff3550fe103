// `leverage model`: split the --set pairs, call the use case, print a table or JSON.
import {
  type ModelListEntry,
  modelList,
  modelResult,
  modelResultJson,
} from "../../app/model/model.js";
import { UserError } from "../../app/user-error.js";
import { type Cell, formatTable, printJson } from "../output.js";

/** `key=value` pairs as a record; a malformed or repeated key is a UserError naming it. */
export function parseSettings(pairs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UserError(`--set ${JSON.stringify(pair)}: expected key=value`);
    const key = pair.slice(0, at).trim();
    if (key in out) throw new UserError(`--set: ${key} is set twice`);
    out[key] = pair.slice(at + 1);
  }
  return out;
}

/**
 * A number for a table: up to six decimals, but never a rounded 0 or 1 (or other whole number)
 * that the value is not: those get more digits.
 */
export function showNumber(x: number): string {
  if (x === Number.POSITIVE_INFINITY) return "inf";
  if (Number.isInteger(x)) return String(x);
  const short = String(Number(x.toFixed(6)));
  return Number.isInteger(Number(short)) ? String(Number(x.toPrecision(10))) : short;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return "n/a";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return showNumber(value);
  if (Array.isArray(value)) return value.map(show).join(", ");
  return String(value);
}

function printList(models: ModelListEntry[]): void {
  const inputs = (m: ModelListEntry) =>
    m.inputs
      .map((i) =>
        "default" in i ? `[${i.name}=${show(i.default)}]` : i.optional ? `[${i.name}]` : i.name,
      )
      .join(" ");
  process.stdout.write(
    formatTable(
      ["model", "inputs", "source"],
      models.map((m) => [m.id, inputs(m), m.source]),
    ),
  );
  process.stdout.write(
    "\n[optional inputs]. Run `leverage model <id> --set key=value …`; an input's allowed values are in `--list --json`, or in the message a bad value gets.\n",
  );
}

function printResult(id: string, settings: Record<string, string>): void {
  const result = modelResult(id, settings);
  const info = modelList().find((m) => m.id === id) as ModelListEntry;
  process.stdout.write(`${info.id}: ${info.title}\nSource: ${info.source}\n\n`);
  process.stdout.write(
    formatTable(
      ["input", "value", "meaning"],
      info.inputs.map((i) => [i.name, show(result.inputs[i.name]), i.description]),
    ),
  );
  const lists = info.outputs.filter((o) => Array.isArray(result.outputs[o.name]));
  const scalars = info.outputs.filter((o) => !Array.isArray(result.outputs[o.name]));
  if (scalars.length > 0) {
    process.stdout.write("\n");
    process.stdout.write(
      formatTable(
        ["output", "value", "meaning"],
        scalars.map((o) => [o.name, show(result.outputs[o.name]), o.description]),
      ),
    );
  }
  if (lists.length > 0) {
    const rows = (result.outputs[lists[0].name] as unknown[]).map((_, i): Cell[] => [
      info.listIndex.from + i,
      ...lists.map((o) => show((result.outputs[o.name] as unknown[])[i])),
    ]);
    process.stdout.write("\n");
    process.stdout.write(formatTable([info.listIndex.name, ...lists.map((o) => o.name)], rows));
    process.stdout.write(`\n${lists.map((o) => `${o.name}: ${o.description}`).join("\n")}\n`);
  }
}

/** `leverage model [id] [--list] [--set k=v …] [--json]`. */
export function runModel(
  id: string | undefined,
  opts: { list?: boolean; set: string[]; json?: boolean },
): void {
  if (opts.list) {
    if (id !== undefined) throw new UserError(`--list takes no model id (got "${id}")`);
    if (opts.json) printJson({ models: modelList() });
    else printList(modelList());
    return;
  }
  if (id === undefined)
    throw new UserError("name a model (leverage model <id> --set key=value …) or use --list");
  const settings = parseSettings(opts.set);
  if (opts.json) printJson(modelResultJson(modelResult(id, settings)));
  else printResult(id, settings);
}
