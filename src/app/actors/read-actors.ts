// Actors from the text of a KTAB CSV, a plain CSV or a YAML config, as uncertain actors plus any
// model settings the file holds.
import {
  type ActorModelSettings,
  ktabActorSet,
  parsePlainCsv,
  resolveActorsConfig,
  type UncertainActorSet,
} from "../../core/index.js";
import { UserError } from "../user-error.js";
import { describeIssue, loadActorsConfig } from "./actors-config.js";

export type ActorsInputKind = "ktabCsv" | "csv" | "config";

export interface ReadActors {
  set: UncertainActorSet;
  uncertain: boolean;
  settings: ActorModelSettings;
  file: string;
}

/** Parses actors from the text of a KTAB CSV, a plain CSV or a YAML config; `file` labels messages. */
export function actorsFromText(kind: ActorsInputKind, text: string, file: string): ReadActors {
  if (kind === "ktabCsv") {
    const parsed = ktabActorSet(text);
    if (!parsed.ok) throw new UserError(`${file}: ${parsed.error}`);
    return { set: parsed.value, uncertain: false, settings: {}, file };
  }
  if (kind === "csv") {
    const parsed = parsePlainCsv(text);
    if (!parsed.ok) throw new UserError(`${file}: ${parsed.error}`);
    return { set: parsed.value, uncertain: parsed.value.uncertain, settings: {}, file };
  }
  const config = loadActorsConfig(file, text);
  const resolved = resolveActorsConfig(config);
  if (!resolved.ok)
    throw new UserError(
      resolved.issues
        .slice(0, 5)
        .map((i) => describeIssue(file, text, i.path, i.message))
        .join("\n"),
    );
  return {
    set: resolved.value,
    uncertain: resolved.value.uncertain,
    settings: { smp: config.settings?.smp, bdm: config.settings?.bdm },
    file,
  };
}
