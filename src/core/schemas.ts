// The zod schemas of the core's inputs, in their own barrel: edges that validate YAML or HTTP input
// import them from here; everything else imports core/index.ts and does not load zod.
export {
  actorConfigSchema,
  actorsConfigSchema,
  dimensionConfigSchema,
  judgedValueSchema,
} from "./actors/config-schema.js";
export {
  BARGAINING_CONFIG_SCHEMA,
  BARGAINING_GAME_SCHEMA,
  BARGAINING_STRATEGY_SCHEMA,
} from "./bargaining/config-schema.js";
export { noteField, uncertainField } from "./bargaining/uncertain-field.js";
export { parseScenario } from "./scenario/parse-scenario.js";
export { SCENARIO_SCHEMA } from "./scenario/scenario-schema.js";
