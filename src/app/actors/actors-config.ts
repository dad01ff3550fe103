// Reads an actors config (YAML text) and places each problem at its line and field.
import type { ActorsConfig } from "../../core/index.js";
import { actorsConfigSchema } from "../../core/schemas.js";
import { issueMessage, safeParse } from "../fields.js";
import { UserError } from "../user-error.js";
import { readYaml, yamlValue } from "../yaml-text.js";

// The last text read, so that placing several issues of one file parses it once.
let lastRead: { text: string; read: ReturnType<typeof readYaml> } | undefined;

/** The YAML line of a path in a parsed document ("line 12"), or the nearest parent's. */
export function lineOf(text: string, path: readonly (string | number)[]): number | undefined {
  if (lastRead?.text !== text) lastRead = { text, read: readYaml(text) };
  const { doc, lines } = lastRead.read;
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
  const { doc, errors } = readYaml(text);
  if (errors.length > 0) {
    const [first] = errors;
    throw new UserError(`${file}${first.line ? ` line ${first.line}` : ""}: ${first.message}`);
  }
  const value = yamlValue(doc);
  if (!value.ok) throw new UserError(`${file}: ${value.issue.message}`);
  const parsed = safeParse(actorsConfigSchema, value.value);
  if (!parsed.success) {
    const messages = parsed.error.issues
      .slice(0, 5)
      .map((issue) =>
        describeIssue(file, text, issue.path as (string | number)[], issueMessage(issue)),
      );
    throw new UserError(messages.join("\n"));
  }
  return parsed.data;
}
