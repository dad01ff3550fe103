// Calls to the server's JSON API (docs: notes/api.md). Errors carry the server's own message and,
// for bad input, its issues with YAML lines.

/** One problem with an input, as the API reports it. */
export interface ApiIssue {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/** An API error: the message to show, the HTTP status and any issues. */
export interface ApiFailure {
  message: string;
  status: number;
  issues: ApiIssue[];
}

export const isApiFailure = (x: unknown): x is ApiFailure =>
  typeof x === "object" && x !== null && "status" in x && "message" in x && "issues" in x;

/** Fetches JSON from the API; rejects with an ApiFailure whose message a person can act on. */
export async function apiJson<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: init?.body ? { "content-type": "application/json", ...init.headers } : init?.headers,
    });
  } catch {
    throw {
      message: `Cannot reach the Leverage server (${path}). Is \`npm start\` running?`,
      status: 0,
      issues: [],
    } satisfies ApiFailure;
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    const error = (body as { error?: { message?: string; issues?: ApiIssue[] } } | null)?.error;
    throw {
      message: error?.message ?? `${path} answered ${response.status} ${response.statusText}`,
      status: response.status,
      issues: error?.issues ?? [],
    } satisfies ApiFailure;
  }
  return body as T;
}

/** POSTs (or PUTs) a JSON body. */
export const apiSend = <T>(path: string, body: unknown, method = "POST") =>
  apiJson<T>(path, { method, body: JSON.stringify(body) });

/** The message of anything thrown, for display. */
export const errorText = (error: unknown): string =>
  isApiFailure(error) ? error.message : error instanceof Error ? error.message : String(error);
