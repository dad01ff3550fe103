// The fuzz harness of bench/fuzz.ts at 2,000 cases (the bench runs 100,000): no crash, no answer
// of 500 or above, no stack trace in any message, no case over 5 s.
import { describe, expect, it } from "vitest";
import { runFuzz } from "../bench/fuzz.js";

describe("bad input at scale (bench/fuzz.ts)", () => {
  it("2,000 hostile cases over the YAML and CSV readers and every API route", async () => {
    const figures = await runFuzz(2000, 20211129);
    expect(figures.failures).toEqual([]);
    expect(figures).toMatchObject({ crashes: 0, responses5xx: 0, stackTraces: 0, hangs: 0 });
    // Every kind of input and route was reached.
    expect(Object.keys(figures.byTarget)).toEqual(
      expect.arrayContaining([
        "scenario-yaml",
        "table-yaml",
        "actors-yaml",
        "actors-csv",
        "actors-ktab",
        "POST /api/breakout",
        "GET /api/history",
        "POST /api/table",
        "POST /api/actors",
        "POST /api/scenarios/validate",
        "POST /api/scenarios",
        "GET /api/runs",
      ]),
    );
  }, 120_000);
});
