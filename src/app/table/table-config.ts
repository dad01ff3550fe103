// Parses a table config (YAML text), validates it with the core's zod schema, and reports each problem
// as file:line:col with the field's path.
import { isMap, isNode, isScalar, type LineCounter, type parseDocument } from "yaml";
import type { z } from "zod";
import type { BargainingConfig } from "../../core/index.js";
import { BARGAINING_CONFIG_SCHEMA } from "../../core/schemas.js";
import { issueMessage, safeParse } from "../fields.js";
import { MAX_ISSUES } from "../limits.js";
import { readYaml, yamlValue } from "../yaml-text.js";

export type LoadResult = { ok: true; config: BargainingConfig } | { ok: false; errors: string[] };

type PathKey = PropertyKey;

/** Where a problem is: the YAML line and column (1-based), the field's dotted path, and what is wrong. */
export interface ConfigIssue {
  line: number;
  column: number;
  path: string;
  message: string;
}

export type ParseIssuesResult =
  | { ok: true; config: BargainingConfig }
  | { ok: false; issues: ConfigIssue[] };

/** line:col of the deepest YAML node on `path` (the key itself when the value is missing). */
function locate(
  doc: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  path: readonly PathKey[],
): { line: number; col: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

const fieldName = (path: readonly PathKey[]) =>
  path
    .map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`))
    .join("")
    .replace(/^\./, "") || "(top level)";

/** line:col of the key `key` in the mapping at `path` (for a misspelt field). */
function locateKey(
  doc: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  path: readonly PathKey[],
  key: string,
): { line: number; col: number } {
  const map = doc.getIn(path as unknown[], true);
  const pair = isMap(map)
    ? map.items.find((p) => isScalar(p.key) && p.key.value === key)
    : undefined;
  if (pair && isScalar(pair.key) && pair.key.range) return lines.linePos(pair.key.range[0]);
  return locate(doc, lines, [...path, key]);
}

/** A zod issue placed in the YAML text. */
function placeIssue(
  doc: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  issue: z.core.$ZodIssue,
): ConfigIssue {
  const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : issue.path;
  const message =
    issue.code === "unrecognized_keys"
      ? `unknown field (a typo?); remove it or check the spelling`
      : issueMessage(issue);
  const at =
    issue.code === "unrecognized_keys"
      ? locateKey(doc, lines, issue.path, issue.keys[0])
      : locate(doc, lines, path);
  return { line: at.line, column: at.col, path: fieldName(path), message };
}

/** Parses and validates YAML text into a config, or every problem with its line and field. */
export function parseTableConfigIssues(text: string): ParseIssuesResult {
  const { doc, lines, errors } = readYaml(text, "YAML");
  const value = errors.length > 0 ? undefined : yamlValue(doc);
  const yamlIssues = value === undefined ? errors : value.ok ? [] : [value.issue];
  if (yamlIssues.length > 0) {
    return {
      ok: false,
      issues: yamlIssues.slice(0, MAX_ISSUES).map((i) => ({
        line: i.line ?? 1,
        column: i.column ?? 1,
        path: "(YAML)",
        message: i.message,
      })),
    };
  }
  const parsed = safeParse(BARGAINING_CONFIG_SCHEMA, value?.ok ? value.value : undefined);
  if (parsed.success) return { ok: true, config: parsed.data };
  const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((i) => placeIssue(doc, lines, i));
  const more = parsed.error.issues.length - issues.length;
  if (more > 0)
    issues.push({ line: 1, column: 1, path: "(top level)", message: `and ${more} more problems` });
  return { ok: false, issues };
}

/** Parses and validates YAML text; `file` only labels the messages ("file:line:col: field: message"). */
export function parseTableConfig(text: string, file: string): LoadResult {
  const parsed = parseTableConfigIssues(text);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    errors: parsed.issues.map((i) =>
      i.path === "(YAML)"
        ? `${file}:${i.line}:${i.column}: ${i.message}`
        : `${file}:${i.line}:${i.column}: ${i.path}: ${i.message}`,
    ),
  };
}
