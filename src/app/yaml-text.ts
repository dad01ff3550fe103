// Reads YAML text that a user or a client sent, within limits checked before the full parse: its
// size, its nesting depth and its number of entries come from one linear pass of yaml's lexer. The
// parse itself skips yaml's duplicate-key check (quadratic in the keys of a mapping: 20,000 keys
// took 7 s) and checks duplicates here with one set per mapping. Aliases are expanded with yaml's
// own cap, and a document that exceeds it (the "billion laughs") is an issue, not a crash.
import { isMap, isScalar, Lexer, LineCounter, parseDocument, visit } from "yaml";
import { YAML_LIMITS } from "./limits.js";

/** One problem in the text: a message, with the line and column when known. */
export interface YamlIssue {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export type YamlDocument = ReturnType<typeof parseDocument>;

/** What the lexer sees: the deepest flow nesting, block indentation and the entries. */
function measure(text: string): { depth: number; indent: number; entries: number } {
  let depth = 0;
  let maxDepth = 0;
  let maxIndent = 0;
  let entries = 0;
  let lineStart = true;
  for (const token of new Lexer().lex(text)) {
    if (token === "[" || token === "{") maxDepth = Math.max(maxDepth, ++depth);
    else if (token === "]" || token === "}") depth = Math.max(0, depth - 1);
    // Every mapping value, sequence item and flow item is one entry.
    else if (token === ":" || token === "-" || token === "," || token === "?") entries++;
    else if (lineStart && /^ +$/.test(token)) maxIndent = Math.max(maxIndent, token.length);
    lineStart = token === "\n" || token === "\r\n";
  }
  return { depth: maxDepth, indent: maxIndent, entries };
}

/** The first limit the text breaks, in words, or undefined. */
export function yamlLimitProblem(text: string): string | undefined {
  const { maxChars, maxDepth, maxIndent, maxEntries } = YAML_LIMITS;
  if (text.length > maxChars)
    return `the YAML text has ${text.length} characters; at most ${maxChars} are allowed`;
  const seen = measure(text);
  if (seen.depth > maxDepth)
    return `the YAML nests ${seen.depth} levels of [ ] or { }; at most ${maxDepth} are allowed`;
  if (seen.indent > maxIndent)
    return `the YAML is indented ${seen.indent} columns deep; at most ${maxIndent} are allowed`;
  if (seen.entries > maxEntries)
    return `the YAML has ${seen.entries} entries (keys and list items); at most ${maxEntries} are allowed`;
  return undefined;
}

/** Duplicate keys in any mapping, found with one set per mapping (linear in the keys). */
function duplicateKeys(doc: YamlDocument, lines: LineCounter, label: string): YamlIssue[] {
  const issues: YamlIssue[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = pair.key.value;
        if (!seen.has(key)) {
          seen.add(key);
          continue;
        }
        const at = pair.key.range ? lines.linePos(pair.key.range[0]) : { line: 1, col: 1 };
        issues.push({
          path: "",
          message: `${label}: the key ${JSON.stringify(String(key))} appears twice in one mapping`,
          line: at.line,
          column: at.col,
        });
      }
    },
  });
  return issues;
}

/**
 * The YAML document and its problems: a broken limit (before any parse), syntax errors and
 * duplicate keys, each with its position. `label` starts the messages of syntax errors.
 */
export function readYaml(
  text: string,
  label = "YAML syntax",
): {
  doc: YamlDocument;
  lines: LineCounter;
  errors: YamlIssue[];
} {
  const lines = new LineCounter();
  const tooBig = yamlLimitProblem(text);
  if (tooBig !== undefined) {
    return {
      doc: parseDocument("", { lineCounter: lines }),
      lines,
      errors: [{ path: "", message: tooBig, line: 1, column: 1 }],
    };
  }
  // logLevel "error": no process warnings for odd keys; they are the user's to fix, not the log's.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, logLevel: "error" });
  const errors: YamlIssue[] = doc.errors.map((e) => {
    const at = e.linePos?.[0] ?? { line: 1, col: 1 };
    return {
      path: "",
      message: `${label}: ${e.message.split("\n")[0]}`,
      line: at.line,
      column: at.col,
    };
  });
  return { doc, lines, errors: errors.length > 0 ? errors : duplicateKeys(doc, lines, label) };
}

/**
 * The document as plain values. Aliases expand within yaml's cap (`maxAliasCount`); a document
 * that exceeds it, or uses an alias before its anchor, gives an issue instead of throwing.
 */
export function yamlValue(
  doc: YamlDocument,
): { ok: true; value: unknown } | { ok: false; issue: YamlIssue } {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount }) };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const message = /excessive alias count/i.test(text)
      ? `YAML aliases expand too far (more than ${YAML_LIMITS.maxAliasCount} copies); write the values out or use fewer aliases`
      : `YAML: ${text.split("\n")[0]}`;
    return { ok: false, issue: { path: "", message, line: 1, column: 1 } };
  }
}
