import { describe, expect, it } from "vitest";
import type { IaeaReportRecord } from "./report-record.js";
import { resolveProgramState } from "./resolve.js";

const fig = (value: number) => ({
  value,
  source: "https://example.org/iaea",
  sourceKind: "news" as const,
});
const record = (label: string, patch: Partial<IaeaReportRecord>): IaeaReportRecord => ({
  label,
  kind: "quarterly",
  reportId: null,
  reportDate: `${label}-15`,
  asOfDate: null,
  stocksKgU: {},
  fleet: [],
  conflicts: [],
  publishedEstimates: [],
  notes: [],
  sources: [],
  ...patch,
});
const TYPES = [
  {
    machineType: "IR-1",
    swuPerYearLow: 0.75,
    swuPerYearHigh: 1,
    machinesPerCascade: 164,
    basis: "t",
    sources: [],
  },
  {
    machineType: "IR-6",
    swuPerYearLow: 4,
    swuPerYearHigh: 7,
    machinesPerCascade: 166,
    basis: "t",
    sources: [],
  },
];

const reports = [
  record("2021-02", {
    stocksKgU: { upTo20: fig(17.6), total: fig(2967.8) },
    fleet: [
      {
        site: "Natanz FEP",
        machineType: "IR-1",
        installedMachines: fig(5060),
        enrichingMachines: fig(5060),
      },
    ],
  }),
  record("2021-05", {
    stocksKgU: { upTo60: fig(2.4), upTo20: fig(62.8), upTo5: fig(1773.2), upTo2: fig(1367.9) },
    fleet: [{ site: "Fordow FFEP", machineType: "IR-6", installedCascades: fig(1) }],
  }),
  record("2021-09", { stocksKgU: { upTo60: fig(10) } }),
  record("2025-09", {
    stocksKgU: { upTo60: fig(440.9) },
    fleetReset: { reason: "strikes of June 2025", source: "https://example.org/strikes" },
  }),
];

describe("resolveProgramState(reports, label, machineTypes)", () => {
  it("lists the known reports when the label is unknown", () => {
    const result = resolveProgramState(reports, "1999-01", TYPES);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/1999-01.*2021-02, 2021-05, 2021-09, 2025-09/);
  });

  it("counts the total minus the stated bands as ≤5 % when the split is missing, and says so", () => {
    const result = resolveProgramState(reports, "2021-02", TYPES);
    if (!result.ok) throw new Error(result.error);
    const upTo5 = result.state.stocks.find((s) => s.band === "upTo5");
    expect(upTo5?.kgU).toBeCloseTo(2967.8 - 17.6, 6);
    expect(upTo5?.provenance.derived).toBe(true);
    expect(result.state.warnings.join(" ")).toMatch(/not split/);
  });

  it("carries a missing band forward from the last report that had it, and names that report", () => {
    const result = resolveProgramState(reports, "2021-09", TYPES);
    if (!result.ok) throw new Error(result.error);
    const upTo20 = result.state.stocks.find((s) => s.band === "upTo20");
    expect(upTo20?.kgU).toBe(62.8);
    expect(upTo20?.provenance).toMatchObject({ origin: "carried", fromReport: "2021-05" });
    expect(result.state.stocks.find((s) => s.band === "upTo60")?.kgU).toBe(10);
    expect(result.state.warnings.join(" ")).toMatch(
      /upTo20 not in report 2021-09: carried forward 62.8 kgU from 2021-05/,
    );
  });

  it("carries the fleet forward per site and type, and turns cascades into machines", () => {
    const result = resolveProgramState(reports, "2021-09", TYPES);
    if (!result.ok) throw new Error(result.error);
    const fleet = Object.fromEntries(
      result.state.fleet.map((g) => [`${g.site}|${g.machineType}`, g]),
    );
    expect(fleet["Natanz FEP|IR-1"].enrichingMachines).toBe(5060);
    expect(fleet["Natanz FEP|IR-1"].provenance).toMatchObject({
      origin: "carried",
      fromReport: "2021-02",
    });
    expect(fleet["Fordow FFEP|IR-6"].installedMachines).toBe(166);
    expect(fleet["Fordow FFEP|IR-6"].provenance.derived).toBe(true);
  });

  it("drops the carried fleet at a fleet reset", () => {
    const result = resolveProgramState(reports, "2025-09", TYPES);
    if (!result.ok) throw new Error(result.error);
    expect(result.state.fleet).toEqual([]);
    expect(result.state.warnings.join(" ")).toMatch(/fleet reset.*strikes/);
  });

  it("treats a band never reported as absent, not as carried", () => {
    const result = resolveProgramState(reports, "2021-02", TYPES);
    if (!result.ok) throw new Error(result.error);
    expect(result.state.stocks.map((s) => s.band).sort()).toEqual(["upTo20", "upTo5"]);
  });
});

describe("resolveProgramState with a total for all sites", () => {
  const withTotal = [
    record("2024-08", {
      fleet: [
        { site: "Fordow FFEP", machineType: "IR-6", installedMachines: fig(1392) },
        { site: "Natanz FEP", machineType: "IR-1", installedMachines: fig(5060) },
      ],
    }),
    record("2025-02", {
      fleet: [{ site: "all", machineType: "advanced", installedMachines: fig(13555) }],
    }),
  ];

  it("keeps the known per-site groups and adds only the remainder as 'advanced'", () => {
    const result = resolveProgramState(withTotal, "2025-02", TYPES);
    if (!result.ok) throw new Error(result.error);
    const fleet = Object.fromEntries(
      result.state.fleet.map((g) => [`${g.site}|${g.machineType}`, g]),
    );
    expect(fleet["Fordow FFEP|IR-6"].installedMachines).toBe(1392);
    expect(fleet["all|advanced"].installedMachines).toBe(13555 - 1392);
    expect(fleet["all|advanced"].provenance).toMatchObject({ derived: true, origin: "report" });
    expect(fleet["Natanz FEP|IR-1"].installedMachines).toBe(5060);
  });
});
