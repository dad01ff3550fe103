import { describe, expect, it } from "vitest";
import { jcpoaCheck } from "./jcpoa-limits.js";
import type { ProgramState } from "./state.js";

const user = { origin: "user" as const, source: "test" };
const state = (stocks: [number, number][], fleet: [string, string, number][]): ProgramState => ({
  label: "test",
  date: "2021-11-06",
  stocks: stocks.map(([kgU, assay]) => ({
    band: assay > 0.5 ? "upTo60" : assay > 0.1 ? "upTo20" : "upTo5",
    kgU,
    assay,
    provenance: user,
  })),
  fleet: fleet.map(([site, machineType, n]) => ({
    site,
    machineType,
    enrichingMachines: n,
    installedMachines: n,
    machinesPerCascade: 164,
    provenance: user,
  })),
  warnings: [],
});

describe("jcpoaCheck(state)", () => {
  it("finds nothing exceeded at the JCPOA's own limits, and says 'within' for each", () => {
    const checks = jcpoaCheck(state([[202.8, 0.0367]], [["Natanz FEP", "IR-1", 5060]]));
    expect(checks.filter((c) => c.exceeded)).toEqual([]);
    expect(checks.map((c) => c.status)).toEqual(["within", "within", "within", "within", "within"]);
  });

  it("labels each row by what it counts; the Annex I §45 row is 'enriching machines at Fordow'", () => {
    const checks = jcpoaCheck(state([], []));
    expect(checks.map((c) => c.label)).toEqual([
      "enrichment level",
      "enriched uranium stock",
      "IR-1 enriching at Natanz",
      "advanced machines enriching",
      "enriching machines at Fordow",
    ]);
    expect(checks[4].rule).toMatch(/§45/);
  });

  it("calls every limit whose input is unknown 'unknown', never '0 machines / within' (issue 13, item 2)", () => {
    const blind: ProgramState = {
      ...state([], []),
      unknownStocks: [{ band: "upTo60", reason: "dated before the loss of access" }],
      fleetUnknown: { since: "2025-06-13", reason: "strikes", source: "https://example.org" },
    };
    const checks = jcpoaCheck(blind);
    expect(checks.map((c) => [c.limit, c.status, c.actual])).toEqual([
      ["maxAssay", "unknown", null],
      ["maxEnrichedKgU", "unknown", null],
      ["maxIr1AtNatanz", "unknown", null],
      ["advancedEnriching", "unknown", null],
      ["fordowEnriching", "unknown", null],
    ]);
    expect(checks.every((c) => !c.exceeded)).toBe(true);
    expect(checks[4].note).toBe("the fleet is unknown since 2025-06-13");
  });

  it("still finds a limit exceeded, at least, when the known part already exceeds it", () => {
    const partly: ProgramState = {
      ...state([[274.8, 0.6]], [["Natanz FEP", "IR-1", 5060]]),
      unknownStocks: [{ band: "upTo20", reason: "three quarterly reports old" }],
    };
    const by = Object.fromEntries(jcpoaCheck(partly).map((c) => [c.limit, c]));
    expect(by.maxEnrichedKgU).toMatchObject({ status: "exceeded", atLeast: true, actual: 274.8 });
    expect(by.maxAssay).toMatchObject({ status: "exceeded", atLeast: true });
    expect(by.maxIr1AtNatanz.status).toBe("within"); // the fleet is known
  });

  it("reports Nov 2021 as 60 % against 3.67 % (×16.3) and 2,489.7 kgU against 202.8 (×12.3)", () => {
    const checks = jcpoaCheck(
      state(
        [
          [2358.2, 0.045],
          [113.8, 0.1975],
          [17.7, 0.6],
        ],
        [
          ["Natanz FEP", "IR-1", 5060],
          ["Fordow FFEP", "IR-1", 1044],
          ["Natanz FEP", "IR-2m", 1044],
          ["Natanz PFEP", "IR-6", 164],
        ],
      ),
    );
    const by = Object.fromEntries(checks.map((c) => [c.limit, c]));
    expect(by.maxAssay.ratio).toBeCloseTo(0.6 / 0.0367, 6);
    expect(by.maxEnrichedKgU.actual).toBeCloseTo(2489.7, 6);
    expect(by.maxEnrichedKgU.excess).toBeCloseTo(2489.7 - 202.8, 6);
    expect(by.maxIr1AtNatanz.exceeded).toBe(false);
    expect(by.fordowEnriching.actual).toBe(1044);
    // PFEP R&D machines are allowed; enriching IR-2m at the FEP are not.
    expect(by.advancedEnriching.actual).toBe(1044);
  });
});
