/** One problem with a request or a scenario: the field's path, and its YAML line when known. */
export interface ApiIssue {
  /** Dotted path of the field, e.g. "options.tails[0]" or "game.deadline"; "" for the whole body. */
  path: string;
  message: string;
  /** 1-based line in the YAML text, when the issue is inside YAML. */
  line?: number;
  /** 1-based column in the YAML text. */
  column?: number;
}
