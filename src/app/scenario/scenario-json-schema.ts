// The JSON Schema of scenario files, generated from the zod schema (input side, so editors offer
// what a person types: numbers, uncertain strings, { value, note, source }).
import { z } from "zod";
import { SCENARIO_SCHEMA } from "../../core/schemas.js";

export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(SCENARIO_SCHEMA, { io: "input" });
  const titled = {
    title: "Leverage scenario",
    description: "One case, stated in full (docs/scenarios.md).",
    ...schema,
  };
  return `${JSON.stringify(titled, null, 2)}\n`;
}
