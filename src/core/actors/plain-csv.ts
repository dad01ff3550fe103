import type { Dist } from "../uncertain/dist.js";
import { parseDist } from "../uncertain/parse.js";
import { splitCsvLine } from "./csv-line.js";
import type { UncertainActorSet } from "./monte-carlo.js";
import { scaleDist } from "./scale-dist.js";

export type PlainCsvResult =
  | { ok: true; value: UncertainActorSet & { uncertain: boolean } }
  | { ok: false; error: string };

/**
 * Parses the plain actor CSV: a header `actor, capability, <dim> position, <dim> salience, …`,
 * then one row per actor. Any cell may be uncertain ("20 to 40", "normal(50,5)"). Positions and
 * saliences are on 0–100, an actor's saliences sum to at most 100. Errors name row and column.
 */
export function parsePlainCsv(text: string): PlainCsvResult {
  const rows = text
    .split(/\r?\n/)
    .map((line, index) => ({ row: index + 1, cells: splitCsvLine(line) }))
    .filter((r) => r.cells.some((c) => c !== "") && !r.cells[0].startsWith("#"));
  const fail = (error: string): PlainCsvResult => ({ ok: false, error });
  if (rows.length === 0) return fail("the file is empty; expected a header row");
  const header = rows[0];
  const width = header.cells.length;
  if (width < 4 || width % 2 !== 0)
    return fail(
      `row ${header.row}: expected actor, capability, then a position and a salience column per dimension; found ${width} columns`,
    );
  const nDims = (width - 2) / 2;
  const dimensions = Array.from({ length: nDims }, (_, k) =>
    header.cells[2 + 2 * k].replace(/\s*position$/i, ""),
  );
  if (rows.length === 1)
    return fail(`row ${header.row + 1}: no actors; expected at least one actor row`);
  let uncertain = false;
  const seen = new Map<string, number>();
  const actors: UncertainActorSet["actors"] = [];
  for (const { row, cells } of rows.slice(1)) {
    if (cells.length !== width)
      return fail(`row ${row}: expected ${width} columns, found ${cells.length}`);
    const name = cells[0];
    if (!name) return fail(`row ${row}, column 1: the actor name is empty`);
    if (seen.has(name))
      return fail(
        `row ${row}, column 1: duplicate actor name "${name}" (first on row ${seen.get(name)})`,
      );
    seen.set(name, row);
    const dists: Dist[] = [];
    for (let col = 1; col < width; col++) {
      const parsed = parseDist(cells[col]);
      if (!parsed.ok)
        return fail(
          `row ${row}, column ${col + 1} (${header.cells[col]}): "${cells[col]}" is not a number or range (${parsed.error})`,
        );
      const d = parsed.value;
      if (d.kind !== "point") uncertain = true;
      const high = col === 1 ? Number.POSITIVE_INFINITY : 100;
      if (d.kind === "point" && (d.value < 0 || d.value > high))
        return fail(
          `row ${row}, column ${col + 1} (${header.cells[col]}): ${d.value} is outside 0 to ${col === 1 ? "∞" : 100}`,
        );
      dists.push(d);
    }
    const sal = Array.from({ length: nDims }, (_, k) => dists[2 + 2 * k]);
    const total = sal.reduce((s, d) => s + (d.kind === "point" ? d.value : 0), 0);
    if (total > 100 + 1e-9) return fail(`row ${row}: saliences sum to ${total}, more than 100`);
    actors.push({
      name,
      capability: dists[0],
      position: Array.from({ length: nDims }, (_, k) => dists[1 + 2 * k]),
      salience: sal.map((d) => scaleDist(d, 0.01)),
    });
  }
  return { ok: true, value: { dimensions, actors, positionRange: [0, 100], uncertain } };
}
