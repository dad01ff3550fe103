import { describe, expect, it } from "vitest";
import { parsePlainCsv } from "./plain-csv.js";

describe("parsePlainCsv(text)", () => {
  it("reads uncertain cells as distributions and scales saliences to [0, 1]", () => {
    const r = parsePlainCsv(
      "actor,capability,X position,X salience\nA,10 to 20,30,50\nB,5,70,40\n",
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.uncertain).toBe(true);
    expect(r.value.actors[0].capability).toEqual({ kind: "to", low: 10, high: 20 });
    expect(r.value.actors[1].salience).toEqual([{ kind: "point", value: 0.4 }]);
  });

  it("names row and column of a bad cell, and rejects duplicates and empty files", () => {
    const bad = parsePlainCsv("actor,capability,X position,X salience\nA,ten,30,50\n");
    expect(bad.ok ? "" : bad.error).toMatch(
      /^row 2, column 2 \(capability\): "ten" is not a number/,
    );
    const dup = parsePlainCsv("actor,capability,X position,X salience\nA,1,30,50\nA,1,30,50\n");
    expect(dup.ok ? "" : dup.error).toMatch(/^row 3, column 1: duplicate actor name "A"/);
    const none = parsePlainCsv("actor,capability,X position,X salience\n");
    expect(none.ok ? "" : none.error).toMatch(/no actors/);
  });
});
