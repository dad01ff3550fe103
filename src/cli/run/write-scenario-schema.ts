import { scenarioJsonSchema } from "../../app/scenario/scenario-json-schema.js";
import { checkWritableFile, writeOutput } from "../write-file.js";

/** `leverage schema [--out FILE]`: the scenario file's JSON Schema, on stdout or into a file. */
export function writeScenarioSchema(out: string | undefined): void {
  if (out !== undefined) checkWritableFile("--out", out);
  const text = scenarioJsonSchema();
  if (out !== undefined) writeOutput("--out", out, text);
  else process.stdout.write(text);
}
