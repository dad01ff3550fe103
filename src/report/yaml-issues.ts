// Maps scenario issues (field paths) to file:line:column in the YAML text, after the pattern of
// src/app/table/table-config.ts: the deepest node on the path, or the key of an unknown field.
import { isMap, isNode, isScalar, type LineCounter, type parseDocument } from "yaml";
import type { ScenarioIssue } from "../core/index.js";

/** An issue as the API and the CLI show it (api.md). */
export interface LocatedIssue {
  /** The field's path ("game.options[0].credibility"), or "" for the whole file. */
  path: string;
  message: string;
  line?: number;
  column?: number;
}

type Doc = ReturnType<typeof parseDocument>;

export const formatPath = (path: readonly (string | number)[]) =>
  path
    .map((k) => (typeof k === "number" ? `[${k}]` : `.${k}`))
    .join("")
    .replace(/^\./, "");

function locate(doc: Doc, lines: LineCounter, path: readonly (string | number)[], atKey: boolean) {
  // An unknown field (or one without a value) is shown at its key; anything else at its value.
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent) && typeof last === "string") {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    if (pair && isScalar(pair.key) && pair.key.range && (atKey || !isNode(pair.value)))
      return lines.linePos(pair.key.range[0]);
  }
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

export function locateIssues(
  doc: Doc,
  lines: LineCounter,
  issues: readonly ScenarioIssue[],
): LocatedIssue[] {
  return issues.map((issue) => {
    const { line, col } = locate(doc, lines, issue.path, issue.message.startsWith("unknown field"));
    return { path: formatPath(issue.path), message: issue.message, line, column: col };
  });
}

/** "file:line:column: field: message", the form the CLI prints. */
export function issueText(file: string, issue: LocatedIssue): string {
  const at = issue.line ? `${issue.line}:${issue.column ?? 1}` : "1:1";
  return `${file}:${at}: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`;
}
