// Reads an actors config (YAML text) and places each problem at its line and field.
import { LineCounter, parseDocument } from "yaml";
import type { ActorsConfig } from "../../core/index.js";
import { actorsConfigSchema } from "../../core/schemas.js";
import { UserError } from "../user-error.js";

/** The YAML line of a path in a parsed document ("line 12"), or the nearest parent's. */
export function lineOf(text: string, path: readonly (string | number)[]): number | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as
      | { range?: [number, number, number] }
      | undefined;
    if (node?.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** Formats a problem at `path` as "file line N (actors[2].capability): message". */
export function describeIssue(
  file: string,
  text: string,
  path: readonly (string | number)[],
  message: string,
) {
  const line = lineOf(text, path);
  const field = path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join("");
  return `${file}${line ? ` line ${line}` : ""}${field ? ` (${field})` : ""}: ${message}`;
}

/** Parses and validates an actors YAML text (`file` labels the messages); every error names the field and its line. */
export function loadActorsConfig(file: string, text: string): ActorsConfig {
  const doc = parseDocument(text);
  if (doc.errors.length > 0)
    throw new UserError(`${file}: not valid YAML: ${doc.errors[0].message}`);
  const parsed = actorsConfigSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const messages = parsed.error.issues
      .slice(0, 5)
      .map((issue) => describeIssue(file, text, issue.path as (string | number)[], issue.message));
    throw new UserError(messages.join("\n"));
  }
  return parsed.data;
}
