// The clock on the bundled data (issues 12 and 13): what it says after June 2025, which stocks it
// treats as unknown, the Natanz damage of 2021, and capacity inferred from reported production.
import { describe, expect, it } from "vitest";
import { breakoutInputs } from "../../src/app/breakout/inputs.js";
import {
  type BreakoutEstimate,
  defaultAssumptions,
  estimateBreakout,
  jcpoaCheck,
  type ProgramState,
  resolveProgramState,
} from "../../src/core/index.js";
import { loadMachineTypes, loadReports } from "../../src/data/index.js";

const { reports } = loadReports();
const { machineTypes } = loadMachineTypes();

function stateOf(label: string): ProgramState {
  const r = resolveProgramState(reports, label, machineTypes);
  if (!r.ok) throw new Error(r.error);
  return r.state;
}
const estimate = (s: ProgramState, a = defaultAssumptions(machineTypes)): BreakoutEstimate =>
  estimateBreakout(s, a, { samples: 1000, seed: 7, quantities: 1, alternativeSamples: 0 });

describe("after June 2025: no verified capacity, the last verified 60 % stock (issue 12, item 4)", () => {
  it.each(["2025-09", "2025-11", "2026-02", "2026-06"])(
    "%s says 'no verified capacity' and gives the last verified 440.9 kgU of 60 %",
    (label) => {
      const e = estimate(stateOf(label));
      expect(e.firstQuantityDays).toBeNull();
      expect(e.infeasible).toMatch(/^no verified capacity for report /);
      expect(e.infeasible).toContain("no access since 2025-06-13");
      expect(e.infeasible).toMatch(/440\.9 kgU \(as of 2025-06-13/);
      expect(e.fleetUnknown?.since).toBe("2025-06-13");
    },
  );

  it("after the strikes no stock is carried from before them (2026-06 had 2021's ≤2 % and ≤5 %)", () => {
    const s = stateOf("2026-06");
    expect(s.stocks).toEqual([]);
    const bands = (s.unknownStocks ?? []).map((u) => [u.band, u.lastKnown?.fromReport]);
    expect(bands).toEqual([
      ["upTo2", "2021-09"],
      ["upTo5", "2021-09"],
      ["upTo20", "2025-09"],
      ["upTo60", "2026-02"], // Feb 2026 repeats the pre-strike 440.9 kg, dated 13 Jun 2025
    ]);
    expect(s.unknownStocks?.[3].lastKnown).toMatchObject({ kgU: 440.9, asOfDate: "2025-06-13" });
  });

  it("a fleet and a stock given by the user still run the clock on a post-strike report", () => {
    const inputs = breakoutInputs(
      { fleet: ["Fordow FFEP:IR-6:1044"], stock: ["upTo60=400"] },
      machineTypes,
    );
    const e = estimateBreakout(inputs.applyToState(stateOf("2026-02")), inputs.assumptions, {
      samples: 500,
      seed: 7,
      quantities: 1,
      alternativeSamples: 0,
    });
    expect(e.infeasible).toBeNull();
    expect(e.firstQuantityDays?.p50).toBeGreaterThan(1);
    expect(e.firstQuantityDays?.p50).toBeLessThan(30);
    expect(e.fleetUnknown).toBeNull();
    // The bands the user did not give stay unknown, and the warnings say how to give them.
    expect(e.unknownStocks.map((u) => u.band)).toEqual(["upTo2", "upTo5", "upTo20"]);
    expect(e.warnings.join(" ")).toMatch(/upTo20 is unknown and not used as feed/);
  });

  it("the JCPOA check calls the post-strike fleet limits and stock limits unknown", () => {
    const checks = jcpoaCheck(stateOf("2025-11"));
    expect(checks.map((c) => c.status)).toEqual([
      "unknown",
      "unknown",
      "unknown",
      "unknown",
      "unknown",
    ]);
    // 2025-09's own pre-strike stocks are stated, so they still exceed the limits; its fleet is not.
    const sep = Object.fromEntries(jcpoaCheck(stateOf("2025-09")).map((c) => [c.limit, c.status]));
    expect(sep).toEqual({
      maxAssay: "exceeded",
      maxEnrichedKgU: "exceeded",
      maxIr1AtNatanz: "unknown",
      advancedEnriching: "unknown",
      fordowEnriching: "unknown",
    });
  });
});

describe("earlier gaps: unknown, not old", () => {
  it("2023-02 has no ≤5 % stock from 2021: it is unknown (6 quarterly reports old)", () => {
    const s = stateOf("2023-02");
    expect(s.stocks.map((x) => x.band)).toEqual(["upTo20", "upTo60"]);
    expect(s.unknownStocks?.find((u) => u.band === "upTo5")?.reason).toMatch(
      /last stated in report 2021-09/,
    );
  });

  it("2025-02's ≤20 % stock (last stated May 2024) is unknown; its total minus 60 % counts as ≤5 %", () => {
    const s = stateOf("2025-02");
    expect(s.unknownStocks?.map((u) => u.band)).toEqual(["upTo20"]);
    expect(s.stocks.find((x) => x.band === "upTo5")?.kgU).toBeCloseTo(8294.4 - 274.8, 6);
  });
});

describe("the Natanz damage of April 2021 and the reported rates in the estimate", () => {
  it("May 2021's warnings list the damage adjustment, and it makes the estimate slower", () => {
    const s = stateOf("2021-05");
    const e = estimate(s);
    expect(e.warnings).toContain(
      "capacity adjustment: IR-1 and IR-2m at Natanz FEP × 0.4–0.6 from 2021-04-11 to 2021-12-02: Attack on Natanz FEP (11 Apr 2021) cut the power supply and damaged about half of the enriching IR-1 and IR-2m cascades (https://isis-online.org/isis-reports/detail/analysis-of-iaea-iran-verification-and-monitoring-report-may-2021)",
    );
    const undamaged = estimate({ ...s, capacityAdjustments: [] });
    expect(e.firstQuantityDays?.p50).toBeGreaterThan(undamaged.firstQuantityDays?.p50 as number);
  });

  it("Nov 2023's 3 kg/month implies 550–890 SWU/yr at Fordow and the PFEP, below the counts there", () => {
    const [inferred] = estimate(stateOf("2023-11")).inferredCapacity;
    // 36 kg/yr × S/P(60 % from 4.5 %) at 3 % and 1 % tails: 15.336 and 24.625 SWU/kg.
    expect(inferred.swuPerYear.low).toBeCloseTo(36 * 15.336216, 2);
    expect(inferred.swuPerYear.high).toBeCloseTo(36 * 24.624806, 2);
    expect(inferred.countedSwuPerYear).toBeGreaterThan(inferred.swuPerYear.high);
  });

  it("the capacity running HEU steps makes the first quantity faster than with the counts alone", () => {
    const s = stateOf("2024-02");
    const larger = estimate(s);
    const counts = estimate(s, { ...defaultAssumptions(machineTypes), capacityBasis: "counts" });
    expect(counts.inferredCapacity).toEqual([]);
    expect(larger.firstQuantityDays?.p50).toBeLessThan(counts.firstQuantityDays?.p50 as number);
  });
});

describe("the Clock page's stock series: a gap, not a fall (issue 13, item 1)", () => {
  it("gives null for unknown bands and no level point where every stock is unknown", async () => {
    const { stockPoints, levelPoints } = await import("../../src/web/clock/clock-data.js");
    const states = ["2025-02", "2025-09", "2026-06"].map(stateOf);
    const kg = (label: string, band: string) =>
      stockPoints(states).find((p) => p.label === label && p.band === band)?.kgU;
    expect(kg("2025-02", "upTo20")).toBeNull();
    expect(kg("2025-02", "upTo60")).toBe(274.8);
    expect(kg("2025-09", "upTo60")).toBe(440.9);
    for (const band of ["upTo2", "upTo5", "upTo20", "upTo60"])
      expect(kg("2026-06", band)).toBeNull();
    expect(levelPoints(states).map((p) => p.label)).toEqual(["2025-02", "2025-09"]);
  });
});
