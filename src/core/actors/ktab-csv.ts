import { point } from "../uncertain/dist.js";
import { splitCsvLine } from "./csv-line.js";
import type { UncertainActorSet } from "./monte-carlo.js";
import type { ActorSet } from "./types.js";

export type KtabCsvResult =
  | { ok: true; value: ActorSet & { description: string } }
  | { ok: false; error: string };

const fail = (error: string): KtabCsvResult => ({ ok: false, error });

/**
 * Parses KTAB's SMP CSV (KTAB `SMPModel::readCSVStream`): row 1 is scenario name, description,
 * number of actors, number of dimensions; row 2 the header; then one row per actor: name,
 * description, capability, and a position and a salience per dimension, all on 0–100. An actor's
 * saliences sum to at most 100. Saliences are returned ÷ 100 (in [0, 1]); positions stay on 0–100.
 * Errors name the row and column (1-based, as a spreadsheet shows them).
 */
export function parseKtabCsv(text: string): KtabCsvResult {
  const lines = text.split(/\r?\n/);
  const rows = lines
    .map((line, index) => ({ row: index + 1, cells: splitCsvLine(line) }))
    .filter((r) => r.cells.some((c) => c !== ""));
  if (rows.length === 0) return fail("the file is empty; expected KTAB's CSV format");
  const head = rows[0];
  if (head.cells.length < 4)
    return fail(
      `row ${head.row}: expected 4 columns (name, description, actors, dimensions), found ${head.cells.length}`,
    );
  const nActors = Number(head.cells[2]);
  const nDims = Number(head.cells[3]);
  if (!Number.isInteger(nActors) || nActors < 1)
    return fail(
      `row ${head.row}, column 3: the number of actors must be a whole number ≥ 1, found "${head.cells[2]}"`,
    );
  if (!Number.isInteger(nDims) || nDims < 1)
    return fail(
      `row ${head.row}, column 4: the number of dimensions must be a whole number ≥ 1, found "${head.cells[3]}"`,
    );
  const width = 3 + 2 * nDims;
  const header = rows[1];
  if (!header) return fail(`row ${head.row + 1}: missing the column header row`);
  if (header.cells.length !== width)
    return fail(
      `row ${header.row}: the header has ${header.cells.length} columns; ${nDims} dimension(s) need ${width}`,
    );
  const dimensions = Array.from(
    { length: nDims },
    (_, k) => header.cells[3 + 2 * k].replace(/\s*position$/i, "") || `Dimension ${k + 1}`,
  );
  const body = rows.slice(2);
  if (body.length === 0)
    return fail(`row ${header.row + 1}: no actors; expected ${nActors} actor row(s)`);
  if (body.length !== nActors)
    return fail(
      `row ${head.row}, column 3: declares ${nActors} actors but the file has ${body.length} actor row(s)`,
    );
  const actors: ActorSet["actors"] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of body) {
    if (cells.length !== width)
      return fail(
        `row ${row}: expected ${width} columns (name, description, capability, then position and salience for ${nDims} dimension(s)), found ${cells.length}`,
      );
    const name = cells[0];
    if (name === "") return fail(`row ${row}, column 1: the actor name is empty`);
    const previous = seen.get(name);
    if (previous !== undefined)
      return fail(
        `row ${row}, column 1: duplicate actor name "${name}" (first on row ${previous})`,
      );
    seen.set(name, row);
    const numbers: number[] = [];
    for (let col = 2; col < width; col++) {
      const value = Number(cells[col]);
      if (cells[col] === "" || !Number.isFinite(value))
        return fail(
          `row ${row}, column ${col + 1} (${header.cells[col]}): "${cells[col]}" is not a number`,
        );
      const low = 0;
      const high = col === 2 ? Number.POSITIVE_INFINITY : 100;
      if (value < low || value > high)
        return fail(
          `row ${row}, column ${col + 1} (${header.cells[col]}): ${value} is outside ${low} to ${col === 2 ? "∞" : high}`,
        );
      numbers.push(value);
    }
    const salience = Array.from({ length: nDims }, (_, k) => numbers[2 + 2 * k]);
    const total = salience.reduce((s, x) => s + x, 0);
    if (total > 100 + 1e-9)
      return fail(
        `row ${row}, columns ${Array.from({ length: nDims }, (_, k) => 5 + 2 * k).join(", ")}: saliences sum to ${total}, more than 100`,
      );
    actors.push({
      name,
      capability: numbers[0],
      position: Array.from({ length: nDims }, (_, k) => numbers[1 + 2 * k]),
      salience: salience.map((s) => s / 100),
    });
  }
  return {
    ok: true,
    value: { name: head.cells[0], description: head.cells[1], dimensions, actors },
  };
}

/**
 * KTAB's CSV as a Monte Carlo input set: every value known (a point), positions on KTAB's 0–100
 * scale. The CLI and the dashboard's worker both read KTAB files through this.
 */
export function ktabActorSet(
  text: string,
): { ok: true; value: UncertainActorSet } | { ok: false; error: string } {
  const parsed = parseKtabCsv(text);
  if (!parsed.ok) return parsed;
  const { name, dimensions, actors } = parsed.value;
  return {
    ok: true,
    value: {
      name,
      dimensions,
      positionRange: [0, 100],
      actors: actors.map((a) => ({
        name: a.name,
        capability: point(a.capability),
        position: a.position.map(point),
        salience: a.salience.map(point),
      })),
    },
  };
}
