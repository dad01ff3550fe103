import {
  type ActorModelSettings,
  ktabActorSet,
  parsePlainCsv,
  resolveActorsConfig,
  type UncertainActorSet,
} from "../../core/index.js";
import { UserError } from "../user-error.js";
import { describeIssue, loadActorsConfig, readInput } from "./load-config.js";

export interface ActorSource {
  ktabCsv?: string;
  csv?: string;
  config?: string;
}

export interface ReadActors {
  set: UncertainActorSet;
  uncertain: boolean;
  settings: ActorModelSettings;
  file: string;
}

/** Reads the one input the user named into uncertain actors plus any settings the file holds. */
export function readActors(source: ActorSource): ReadActors {
  const given = [source.ktabCsv, source.csv, source.config].filter((f) => f !== undefined);
  if (given.length !== 1)
    throw new UserError(
      "give exactly one input: --ktab-csv FILE, --csv FILE or --config FILE.yaml",
    );
  const kind = source.ktabCsv ? "ktabCsv" : source.csv ? "csv" : "config";
  const file = given[0] as string;
  return actorsFromText(kind, readInput(file), file);
}

/** Parses actors from the text of a KTAB CSV, a plain CSV or a YAML config; `file` labels messages. */
export function actorsFromText(
  kind: "ktabCsv" | "csv" | "config",
  text: string,
  file: string,
): ReadActors {
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
