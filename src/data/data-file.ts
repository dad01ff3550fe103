// Reads a bundled data file once per process and validates it, so that a malformed file is one
// clear error naming the file and the field path, never a stack trace deep in an engine.
import { readFileSync } from "node:fs";
import type { z } from "zod";

/** A bundled data file failed to read, parse or validate. The message names file and field. */
export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataFileError";
  }
}

/** Path segment for an issue: array elements are annotated with their label or id when present. */
function describePath(data: unknown, path: readonly PropertyKey[]): string {
  let out = "";
  let node: unknown = data;
  for (const key of path) {
    if (typeof key === "number") {
      out += `[${key}]`;
      const item: unknown = Array.isArray(node) ? node[key] : undefined;
      const name = namedKey(item);
      if (name) out += `(${name})`;
      node = item;
    } else {
      out += out === "" ? String(key) : `.${String(key)}`;
      node =
        node !== null && typeof node === "object"
          ? (node as Record<string, unknown>)[String(key)]
          : undefined;
    }
  }
  return out === "" ? "(top level)" : out;
}

function namedKey(item: unknown): string | null {
  if (item === null || typeof item !== "object") return null;
  const record = item as Record<string, unknown>;
  for (const key of ["label", "id", "machineType"]) {
    if (typeof record[key] === "string") return `${key} "${record[key]}"`;
  }
  return null;
}

/**
 * Parses and validates the text of a data file. Pure (no I/O), so tests can feed broken text.
 * `name` is the path shown in messages, e.g. "data/iaea-reports.json".
 */
export function parseDataFile<T>(name: string, text: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DataFileError(`${name}: not valid JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues
      .slice(0, 10)
      .map((issue) => `  ${describePath(data, issue.path)}: ${issue.message}`);
    const more =
      result.error.issues.length > 10 ? `\n  … and ${result.error.issues.length - 10} more` : "";
    throw new DataFileError(`${name} is malformed:\n${lines.join("\n")}${more}`);
  }
  return result.data;
}

const cache = new Map<string, unknown>();

/**
 * Reads `data/<file>` from the package root (works from src/data under tsx and from dist/data
 * after the build), validates it, and caches the result for the life of the process.
 */
export function readDataFile<T>(file: string, schema: z.ZodType<T>): T {
  const cached = cache.get(file);
  if (cached !== undefined) return cached as T;
  const url = new URL(`../../data/${file}`, import.meta.url);
  let text: string;
  try {
    text = readFileSync(url, "utf8");
  } catch (error) {
    throw new DataFileError(`data/${file}: cannot be read (${(error as Error).message})`);
  }
  const value = parseDataFile(`data/${file}`, text, schema);
  cache.set(file, value);
  return value;
}
