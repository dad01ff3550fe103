import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { runBdm } from "./bdm/run-bdm.js";
import { seriesValueAt } from "./series.js";
import type { ActorInput } from "./types.js";
import { weightedMean } from "./weighted-mean.js";

describe("seriesValueAt(series, round)", () => {
  it("interpolates linearly and is flat outside the points", () => {
    const s = [
      { round: 10, value: 30 },
      { round: 0, value: 10 },
    ];
    expect(seriesValueAt(s, -1, 0)).toBe(10);
    expect(seriesValueAt(s, 5, 0)).toBe(20);
    expect(seriesValueAt(s, 12, 0)).toBe(30);
  });

  test.prop([
    fc.array(
      fc.record({
        round: fc.integer({ min: 0, max: 50 }),
        value: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      }),
      { minLength: 1 },
    ),
    fc.integer({ min: -5, max: 60 }),
  ])("seriesValueAt stays within the series' values", (s, round) => {
    const v = seriesValueAt(s, round, 0);
    const values = s.map((p) => p.value);
    expect(v).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
    expect(v).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
  });
});

describe("time-varying capability", () => {
  const actors: ActorInput[] = [
    {
      name: "Iran",
      capability: 1,
      position: [0],
      salience: [1],
      capabilitySeries: [
        { round: 0, value: 1 },
        { round: 4, value: 5 },
      ],
    },
    { name: "US", capability: 3, position: [100], salience: [1] },
  ];

  it("weightedMean moves towards an actor whose capability rises", () => {
    expect(weightedMean(actors, 0, 0)).toBeCloseTo(75, 12);
    expect(weightedMean(actors, 0, 4)).toBeCloseTo(37.5, 12);
  });

  it("runBdm re-reads capability each round (mean by round uses that round's capability)", () => {
    const r = runBdm(actors, ["x"], { maxRounds: 4 });
    r.meanByRound.forEach((m, t) => {
      expect(m[0]).toBeCloseTo(
        weightedMean(
          actors,
          0,
          t,
          r.rounds[t].map((p) => p[0]),
        ),
        12,
      );
    });
  });
});
