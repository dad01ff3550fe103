import { describe, expect, it } from "vitest";
import type { ProgramState } from "../program/index.js";
import { fitTrend, projectState } from "./projection.js";

const report = { origin: "report" as const, source: "https://example.org" };
const carried = { origin: "carried" as const, source: "https://example.org", fromReport: "x" };
const state = (
  label: string,
  date: string,
  kg60: number,
  ir6: number,
  origin: ProgramState["stocks"][number]["provenance"] = report,
): ProgramState => ({
  label,
  date,
  stocks: [{ band: "upTo60", kgU: kg60, assay: 0.6, provenance: origin }],
  fleet: [
    {
      site: "Fordow FFEP",
      machineType: "IR-6",
      enrichingMachines: ir6,
      installedMachines: ir6,
      machinesPerCascade: 166,
      provenance: report,
    },
  ],
  warnings: [],
});

describe("fitTrend / projectState", () => {
  // 60 % stock: +30 kg per 100 days; IR-6: +166 machines per 100 days.
  const states = [
    state("a", "2023-01-01", 100, 332),
    state("b", "2023-04-11", 130, 498),
    state("c", "2023-07-20", 160, 664),
  ];

  it("fits the straight line through the last three reports", () => {
    const trend = fitTrend(states, 2);
    expect(trend.kgPerDay.upTo60).toBeCloseTo(0.3, 9);
    expect(trend.machinesPerDay["Fordow FFEP|IR-6"]).toBeCloseTo(1.66, 9);
    expect(trend.basis).toEqual(["a", "b", "c"]);
  });

  it("moves stocks and machines along the trend and dates the result", () => {
    const projected = projectState(states[2], fitTrend(states, 2), 100);
    expect(projected.date).toBe("2023-10-28");
    expect(projected.stocks[0].kgU).toBeCloseTo(190, 9);
    expect(projected.fleet[0].installedMachines).toBeCloseTo(830, 9);
    expect(projected.warnings.join(" ")).toMatch(/trend of reports a, b, c/);
  });

  it("leaves carried-forward figures out of the fit, so a gap does not read as a pause", () => {
    const withGap = [
      states[0],
      state("b", "2023-04-11", 100, 498, carried),
      state("c", "2023-07-20", 160, 664),
    ];
    expect(fitTrend(withGap, 2).kgPerDay.upTo60).toBeCloseTo(60 / 200, 9);
  });

  it("never projects below zero", () => {
    const falling = [state("a", "2023-01-01", 100, 500), state("b", "2023-02-01", 10, 100)];
    const projected = projectState(falling[1], fitTrend(falling, 1), 365);
    expect(projected.stocks[0].kgU).toBe(0);
    expect(projected.fleet[0].installedMachines).toBe(0);
  });

  it("drops a capacity event on the trend once its period ends (the 2021 damage ends 2 Dec 2021)", () => {
    const damaged: ProgramState = {
      ...states[2],
      capacityAdjustments: [
        {
          id: "d",
          what: "damage",
          from: "2023-07-01",
          until: "2023-08-01",
          sites: ["Fordow FFEP"],
          machineTypes: ["IR-6"],
          scaleLow: 0.4,
          scaleHigh: 0.6,
          basis: "t",
          source: "https://example.org",
          sourceKind: "news",
          fromReport: "c",
        },
      ],
    };
    const trend = fitTrend(states, 2);
    expect(projectState(damaged, trend, 5).capacityAdjustments).toHaveLength(1);
    expect(projectState(damaged, trend, 30).capacityAdjustments).toEqual([]);
  });
});
