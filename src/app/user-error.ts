/**
 * A mistake in the user's input (a bad option, an unknown report, a malformed file, a request
 * too large). The CLI prints its message alone, without a stack trace, and exits with code 2; the
 * API answers 400 (or the given status, e.g. 413), with the field's path when it is known.
 */
export class UserError extends Error {
  override name = "UserError";
  /** The request field the problem is in ("game.horizonWeeks"), when the message's flag is not. */
  readonly field?: string;
  /** The HTTP status the API answers with (default 400). */
  readonly status?: 400 | 413 | 422;

  constructor(message: string, options: { field?: string; status?: 400 | 413 | 422 } = {}) {
    super(message);
    this.field = options.field;
    this.status = options.status;
  }
}
