/**
 * A mistake in the user's input (a bad option, an unknown report, a malformed file). The CLI prints
 * its message alone, without a stack trace, and exits with code 2.
 */
export class UserError extends Error {
  override name = "UserError";
}
