import { describe, expect, it } from "vitest";
import { parseKtabCsv } from "./ktab-csv.js";

const head =
  "Test,Two actors one dimension, 2, 1,\nActor,Description,Influence,X Position,X Salience,\n";

describe("parseKtabCsv(text)", () => {
  it("reads KTAB's header, capabilities, positions (0–100) and saliences (÷ 100)", () => {
    const r = parseKtabCsv(`${head}A,First,10,20,60,\nB,Second,5,80,40,\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.dimensions).toEqual(["X"]);
    expect(r.value.actors[1]).toEqual({
      name: "B",
      capability: 5,
      position: [80],
      salience: [0.4],
    });
  });

  it("rejects a wrong column count, naming the row", () => {
    const r = parseKtabCsv(`${head}A,First,10,20,60,\nB,Second,5,80,\n`);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^row 4: expected 5 columns/) });
  });

  it("rejects a non-numeric cell, naming row and column", () => {
    const r = parseKtabCsv(`${head}A,First,10,twenty,60,\nB,Second,5,80,40,\n`);
    expect(r.ok ? "" : r.error).toMatch(
      /^row 3, column 4 \(X Position\): "twenty" is not a number/,
    );
  });

  it("rejects saliences summing over 100, naming the row and the salience columns", () => {
    const text =
      "T,two dims, 1, 2,\nActor,D,Cap,P Position,P Salience,Q Position,Q Salience,\nA,a,1,10,70,20,40,\n";
    const r = parseKtabCsv(text);
    expect(r.ok ? "" : r.error).toMatch(
      /^row 3, columns 5, 7: saliences sum to 110, more than 100/,
    );
  });

  it("rejects zero actors, in the header and in the body", () => {
    expect(parseKtabCsv("T,none, 0, 1,\nActor,D,Cap,X Position,X Salience,\n")).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^row 1, column 3: the number of actors must be a whole number ≥ 1/,
      ),
    });
    expect(parseKtabCsv("T,none, 2, 1,\nActor,D,Cap,X Position,X Salience,\n")).toEqual({
      ok: false,
      error: expect.stringMatching(/^row 3: no actors/),
    });
  });

  it("rejects duplicate actor names, naming both rows", () => {
    const r = parseKtabCsv(`${head}A,First,10,20,60,\nA,Again,5,80,40,\n`);
    expect(r.ok ? "" : r.error).toBe('row 4, column 1: duplicate actor name "A" (first on row 3)');
  });

  it("rejects a position outside 0–100", () => {
    const r = parseKtabCsv(`${head}A,First,10,120,60,\nB,Second,5,80,40,\n`);
    expect(r.ok ? "" : r.error).toMatch(/^row 3, column 4 \(X Position\): 120 is outside 0 to 100/);
  });

  it("reads a quoted description with a comma", () => {
    const r = parseKtabCsv(`T,"a, b", 1, 1,\nActor,D,Cap,X Position,X Salience\nA,a,1,10,70\n`);
    expect(r.ok && r.value.description).toBe("a, b");
  });
});
