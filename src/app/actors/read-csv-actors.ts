// Actors from the text of a KTAB CSV or a plain CSV, without the YAML reader (read-actors.ts adds
// YAML configs), so that a CSV run loads neither yaml nor zod.
import { ktabActorSet } from "../../core/actors/ktab-csv.js";
import type { UncertainActorSet } from "../../core/actors/monte-carlo.js";
import { parsePlainCsv } from "../../core/actors/plain-csv.js";
import type { ActorModelSettings } from "../../core/actors/registry.js";
import { MAX_TEXT_CHARS } from "../limits.js";
import { UserError } from "../user-error.js";

export interface ReadActors {
  set: UncertainActorSet;
  uncertain: boolean;
  settings: ActorModelSettings;
  file: string;
}

/** Refuses an actors text longer than MAX_TEXT_CHARS, before parsing it. */
export function checkActorsText(text: string, file: string): void {
  if (text.length > MAX_TEXT_CHARS)
    throw new UserError(
      `${file}: ${text.length} characters; an actors input holds at most ${MAX_TEXT_CHARS}`,
      { status: 413 },
    );
}

/** Parses actors from a KTAB CSV or a plain CSV; `file` labels messages. */
export function actorsFromCsvText(kind: "ktabCsv" | "csv", text: string, file: string): ReadActors {
  checkActorsText(text, file);
  if (kind === "ktabCsv") {
    const parsed = ktabActorSet(text);
    if (!parsed.ok) throw new UserError(`${file}: ${parsed.error}`);
    return { set: parsed.value, uncertain: false, settings: {}, file };
  }
  const parsed = parsePlainCsv(text);
  if (!parsed.ok) throw new UserError(`${file}: ${parsed.error}`);
  return { set: parsed.value, uncertain: parsed.value.uncertain, settings: {}, file };
}
