import { readFileSync } from "node:fs";

/** The app's version from package.json, recorded in every output. */
export function appVersion(): string {
  const url = new URL("../../package.json", import.meta.url); // src/data or dist/data → root
  return (JSON.parse(readFileSync(url, "utf8")) as { version: string }).version;
}
