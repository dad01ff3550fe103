// The use cases (app/) throw a UserError whose message starts with the CLI's flag ("--tails upTo60: …").
// The API turns the flag into the field path of the request.
import { UserError } from "../app/user-error.js";
import { ApiError } from "./api-error.js";

const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase());

/**
 * Runs `fn`; a UserError becomes a 400 ApiError whose issue path is the flag's field, placed by
 * `pathOf` (e.g. `(field) => \`options.${field}\``; field is "" when the message names no flag).
 * The message drops the leading "--".
 */
export function withUserErrors<T>(fn: () => T, pathOf: (field: string) => string = (f) => f): T {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw apiErrorOf(error, pathOf);
  }
}

/** The 400 (or the error's own status) for a UserError, with the field's path. */
export function apiErrorOf(
  error: UserError,
  pathOf: (field: string) => string = (f) => f,
): ApiError {
  const status = error.status ?? 400;
  if (error.field !== undefined)
    return new ApiError(status, error.message, [{ path: error.field, message: error.message }]);
  const match = /^--([a-z][a-z-]*)(.*)$/s.exec(error.message);
  const field = match ? camel(match[1]) : "";
  const message = match ? `${field}${match[2]}` : error.message;
  return new ApiError(status, message, [{ path: pathOf(field), message }]);
}
