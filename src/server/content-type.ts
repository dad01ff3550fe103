// Content types of the files the API serves, by extension.
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** The content type for a file name or extension; plain text when unknown. */
export function contentTypeOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return TYPES[dot >= 0 ? name.slice(dot) : ""] ?? "text/plain; charset=utf-8";
}
