// The zod side of the options: fields built from the ranges in limits.ts, and one way to say what
// is wrong with a value (what was expected and what was given). The CLI and the API both parse
// their options with these, so a range, a default and a message are written once.
import { z } from "zod";
import { API_DEFAULT_SEED, SEED, type Setting } from "./limits.js";
import { UserError } from "./user-error.js";

/** Who sends the options: a person on the command line, or a client of the shared server. */
export type Surface = "cli" | "api";

/** A whole number in [min, max]; a value of another type is told the range it should be in. */
const wholeNumber = (min: number, max: number) =>
  z
    .int({
      error: (issue) =>
        issue.code === "invalid_type" ? `expected a whole number from ${min} to ${max}` : undefined,
    })
    .min(min)
    .max(max);
type WholeNumber = ReturnType<typeof wholeNumber>;

/** A whole number in the setting's range for `surface`, with its default when it has one. */
export function intSetting(
  setting: Setting & { default: number },
  surface: Surface,
): z.ZodDefault<WholeNumber>;
export function intSetting(setting: Setting, surface: Surface): z.ZodOptional<WholeNumber>;
export function intSetting(setting: Setting, surface: Surface) {
  const max = surface === "api" ? (setting.api?.max ?? setting.max) : setting.max;
  const fallback = surface === "api" ? (setting.api?.default ?? setting.default) : setting.default;
  const schema = wholeNumber(setting.min, max);
  return fallback === undefined ? schema.optional() : schema.default(fallback);
}

/** A seed in the range every use case accepts. */
export const seedSchema = wholeNumber(SEED.min, SEED.max);

/** The seed: optional on the command line (a fresh one is drawn and printed), 1 in the API. */
export function seedField(surface: Surface) {
  return surface === "api" ? seedSchema.default(API_DEFAULT_SEED) : seedSchema.optional();
}

/** One problem with an option or a request field: its dotted path and what is wrong. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** "options.tails[0]" from a zod path; `prefix` places the field inside a larger body. */
export function pathString(path: readonly PropertyKey[], prefix = ""): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

const EXPECTED: Record<string, string> = {
  int: "a whole number",
  number: "a number",
  string: "text (a string)",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  record: "an object",
};

/** A short description of a value a client sent, for "got …". */
export function given(value: unknown): string {
  if (typeof value === "string")
    return value.length > 40
      ? `text of ${value.length} characters`
      : `the text ${JSON.stringify(value)}`;
  if (typeof value === "number")
    return Number.isFinite(value) ? String(value) : `${value} (not finite)`;
  if (value === null) return "null";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "an object";
  return String(value);
}

/** What is wrong, in words: the expectation and, when the value was given, the value. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  if (issue.code === "invalid_type") {
    if (input === undefined) return "is required";
    // zod's own wording names only the types; a schema's own message says more (e.g. the range).
    const expected = issue.message.startsWith("Invalid input")
      ? `expected ${EXPECTED[issue.expected] ?? issue.expected}`
      : issue.message;
    return `${expected}; got ${given(input)}`;
  }
  const message = issue.message.replace(/^Invalid input: /, "");
  // A list or an object is described by the message itself ("give at least one strategy").
  const plain = input === null || typeof input !== "object";
  if (input === undefined || !plain || issue.code === "custom" || /\bgot\b/.test(message))
    return message;
  return `${message}; got ${given(input)}`;
}

/** A zod error as field issues, naming unknown fields one by one. */
export function fieldIssues(error: z.core.$ZodError, prefix = ""): FieldIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          path: pathString([...issue.path, key], prefix),
          message: "unknown field; remove it or check the spelling",
        }))
      : [{ path: pathString(issue.path, prefix), message: issueMessage(issue) }],
  );
}

/** Parses with the given value kept in each issue, so messages can say what was given. */
export function safeParse<S extends z.ZodType>(schema: S, value: unknown) {
  return schema.safeParse(value, { reportInput: true });
}

/**
 * Parses options with `schema`, or throws a UserError that lists each problem under the name the
 * user knows it by (`label` turns a path such as "options.stocks" into "--stocks").
 */
export function parseOptions<S extends z.ZodType>(
  schema: S,
  value: unknown,
  label: (path: string) => string,
): z.output<S> {
  const parsed = safeParse(schema, value);
  if (parsed.success) return parsed.data;
  const issues = fieldIssues(parsed.error);
  throw new UserError(issues.map((i) => `${label(i.path)}: ${i.message}`).join("\n"));
}
