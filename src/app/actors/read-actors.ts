// Actors from the text of a KTAB CSV, a plain CSV or a YAML config, as uncertain actors plus any
// model settings the file holds.
import { resolveActorsConfig } from "../../core/actors/resolve-config.js";
import { UserError } from "../user-error.js";
import { describeIssue, loadActorsConfig } from "./actors-config.js";
import { actorsFromCsvText, checkActorsText, type ReadActors } from "./read-csv-actors.js";

export type { ReadActors };
export type ActorsInputKind = "ktabCsv" | "csv" | "config";

/** Parses actors from the text of a KTAB CSV, a plain CSV or a YAML config; `file` labels messages. */
export function actorsFromText(kind: ActorsInputKind, text: string, file: string): ReadActors {
  if (kind !== "config") return actorsFromCsvText(kind, text, file);
  checkActorsText(text, file);
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
