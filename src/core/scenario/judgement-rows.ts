// The full assumption table of a scenario, read from the file as written: every input value under
// the modelling sections, with the note and source beside it, and whether it is a judgement.

export interface JudgementRow {
  /** The field's path in the file ("game.options[0].credibility"). */
  path: string;
  /** The value as written ("0.3 to 0.6", "21", "true"). */
  value: string;
  note?: string;
  source?: string;
  /** True when the note or basis calls it a judgement. */
  judgement: boolean;
}

const SECTIONS = ["program", "breakout", "game", "strategies", "actors", "clocks"] as const;
// Prose and identifiers, not inputs.
const SKIP = new Set(["note", "source", "basis", "name", "description", "scale", "id", "label"]);
const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

const JUDGEMENT = /judge?ment/i;

function key(path: string, k: string | number) {
  return typeof k === "number" ? `${path}[${k}]` : path ? `${path}.${k}` : k;
}

/** A `{ value, note, source }` (or `{ value, basis, note }`) leaf. */
function isJudgedLeaf(x: Record<string, unknown>) {
  return (
    "value" in x &&
    !isRecord(x.value) &&
    Object.keys(x).every((k) => ["value", "note", "source", "basis", "series"].includes(k))
  );
}

function walk(x: unknown, path: string, inherited: string | undefined, rows: JudgementRow[]) {
  if (Array.isArray(x)) {
    if (x.every((v) => typeof v === "number")) {
      rows.push({
        path,
        value: `[${x.join(", ")}]`,
        ...(inherited ? { note: inherited } : {}),
        judgement: JUDGEMENT.test(inherited ?? ""),
      });
      return;
    }
    x.forEach((v, i) => {
      walk(v, key(path, i), undefined, rows);
    });
    return;
  }
  if (isRecord(x)) {
    if (isJudgedLeaf(x)) {
      const note = typeof x.note === "string" ? x.note : inherited;
      const basis = typeof x.basis === "string" ? x.basis : undefined;
      rows.push({
        path,
        value: String(x.value),
        ...(note ? { note } : {}),
        ...(typeof x.source === "string" ? { source: x.source } : {}),
        judgement: JUDGEMENT.test(`${note ?? ""} ${basis ?? ""}`),
      });
      return;
    }
    const note = typeof x.note === "string" ? x.note : inherited;
    // A block's note describes its own scalar fields, not the blocks nested in it.
    const scalarNote = (v: unknown) =>
      isRecord(v) || (Array.isArray(v) && !v.every((e) => typeof e === "number"))
        ? undefined
        : note;
    for (const [k, v] of Object.entries(x))
      if (!SKIP.has(k)) walk(v, key(path, k), scalarNote(v), rows);
    return;
  }
  if (x === null || x === undefined) return;
  rows.push({
    path,
    value: String(x),
    ...(inherited ? { note: inherited } : {}),
    judgement: JUDGEMENT.test(inherited ?? ""),
  });
}

/** Every input the file gives under its modelling sections, in file order. */
export function judgementRows(raw: unknown): JudgementRow[] {
  const rows: JudgementRow[] = [];
  if (!isRecord(raw)) return rows;
  for (const section of SECTIONS) if (section in raw) walk(raw[section], section, undefined, rows);
  return rows;
}
