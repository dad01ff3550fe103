// The CLI's half of "one way to parse options": commander hands over the flags, the use case's zod
// schema in app/ checks them, and each problem is named by its flag ("--stocks: …"). Loaded by the
// commands' actions only (zod is too heavy for `--help`).
import type { z } from "zod";
import { parseOptions } from "../app/fields.js";

const kebab = (name: string) => name.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`);

/**
 * Parses a command's options with `schema`, or throws a UserError per flag. A field's flag is its
 * name in kebab case, unless `flags` names it (e.g. { projectMonths: "--project" }); assumption
 * options sit under "options." in the schema but are plain flags on the command line.
 */
export function parseFlags<S extends z.ZodType>(
  schema: S,
  value: unknown,
  flags: Record<string, string> = {},
): z.output<S> {
  return parseOptions(schema, value, (path) => {
    const field = path.replace(/^options\./, "").replace(/[.[].*$/, "");
    return flags[field] ?? `--${kebab(field)}`;
  });
}
