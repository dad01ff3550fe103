import { writeFileSync } from "node:fs";
import { scenarioJsonSchema } from "../../app/scenario/scenario-json-schema.js";

/** `leverage schema [--out FILE]`: the scenario file's JSON Schema, on stdout or into a file. */
export function writeScenarioSchema(out: string | undefined): void {
  const text = scenarioJsonSchema();
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}
