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

describe("stale stocks are unknown, never old data (issue 13, item 1)", () => {
  const q = (label: string, patch: Partial<IaeaReportRecord>) => record(label, patch);
  const interim = (date: string, patch: Partial<IaeaReportRecord> = {}) =>
    record(date, { kind: "interim", reportDate: date, asOfDate: date, ...patch });
  const series = [
    q("2021-09", { stocksKgU: { upTo5: fig(1774.8), upTo2: fig(503.8), upTo60: fig(10) } }),
    q("2021-11", { stocksKgU: { upTo60: fig(17.7) } }),
    interim("2021-12-01"),
    q("2022-03", { stocksKgU: { upTo60: fig(33.2) } }),
    q("2022-05", {}),
    q("2025-09", {
      asOfDate: "2025-06-13",
      stocksKgU: { upTo60: fig(440.9) },
      fleetReset: { reason: "strikes", source: "https://example.org/strikes" },
      accessLost: { since: "2025-06-13", reason: "strikes", source: "https://example.org/x" },
    }),
    q("2025-11", {}),
    q("2026-02", { stocksKgU: { upTo60: { ...fig(440.9), asOfDate: "2025-06-13" } } }),
  ];
  const resolve = (label: string) => {
    const r = resolveProgramState(series, label, TYPES);
    if (!r.ok) throw new Error(r.error);
    return r.state;
  };
  const bands = (label: string) => resolve(label).stocks.map((s) => s.band);
  const unknown = (label: string) => resolve(label).unknownStocks ?? [];

  it("carries a band for up to two quarterly reports; interim reports do not count", () => {
    expect(bands("2021-12-01")).toEqual(["upTo2", "upTo5", "upTo60"]);
    expect(bands("2022-03")).toEqual(["upTo2", "upTo5", "upTo60"]);
    expect(resolve("2022-03").stocks[0].provenance).toMatchObject({ fromReport: "2021-09" });
  });

  it("makes a band older than two quarterly reports unknown, keeping its last figure for display", () => {
    expect(bands("2022-05")).toEqual(["upTo60"]);
    expect(unknown("2022-05").map((u) => u.band)).toEqual(["upTo2", "upTo5"]);
    expect(unknown("2022-05")[1]).toMatchObject({
      band: "upTo5",
      lastKnown: { kgU: 1774.8, fromReport: "2021-09" },
    });
    expect(unknown("2022-05")[1].reason).toMatch(/3 quarterly reports earlier/);
    expect(resolve("2022-05").warnings.join(" ")).toMatch(/upTo5 unknown in report 2022-05/);
  });

  it("makes every figure dated before the loss of access unknown after it (2021's LEU, the 60 % of Jun 2025)", () => {
    expect(bands("2025-09")).toEqual(["upTo60"]); // the report's own pre-strike estimate stands
    expect(bands("2025-11")).toEqual([]);
    expect(unknown("2025-11").find((u) => u.band === "upTo60")).toMatchObject({
      lastKnown: { kgU: 440.9, asOfDate: "2025-06-13", fromReport: "2025-09" },
    });
    // Feb 2026 repeats 440.9 kg, dated 13 Jun 2025: the last verified figure, not a current one.
    expect(bands("2026-02")).toEqual([]);
    expect(unknown("2026-02").find((u) => u.band === "upTo60")?.reason).toMatch(
      /before the IAEA lost access on 2025-06-13/,
    );
  });

  it("never carries a figure across a fleet reset, and calls the fleet unknown, not empty", () => {
    const withFleet = [
      q("2024-08", {
        stocksKgU: { upTo20: fig(500) },
        fleet: [{ site: "Fordow FFEP", machineType: "IR-6", installedMachines: fig(1724) }],
      }),
      q("2025-09", { fleetReset: { reason: "strikes", source: "https://example.org/s" } }),
    ];
    const r = resolveProgramState(withFleet, "2025-09", TYPES);
    if (!r.ok) throw new Error(r.error);
    expect(r.state.stocks).toEqual([]);
    expect(r.state.unknownStocks?.[0].reason).toMatch(/across the fleet reset of report 2025-09/);
    expect(r.state.fleet).toEqual([]);
    expect(r.state.fleetUnknown).toMatchObject({ since: "2025-09-15", reason: "strikes" });
  });

  it("counts an unsplit total minus the known bands as ≤5 %, and says it holds the unknown band", () => {
    const withTotal = [
      q("2024-05", { stocksKgU: { upTo20: fig(751.3), upTo60: fig(142.1) } }),
      q("2024-08", { stocksKgU: { upTo60: fig(164.7) } }),
      q("2024-11", { stocksKgU: { upTo60: fig(182.3) } }),
      q("2025-02", { stocksKgU: { upTo60: fig(274.8), total: fig(8294.4) } }),
    ];
    const r = resolveProgramState(withTotal, "2025-02", TYPES);
    if (!r.ok) throw new Error(r.error);
    expect(r.state.unknownStocks?.map((u) => u.band)).toEqual(["upTo20"]);
    expect(r.state.stocks.find((s) => s.band === "upTo5")?.kgU).toBeCloseTo(8294.4 - 274.8, 6);
    expect(r.state.warnings.join(" ")).toMatch(/includes the unknown upTo20 material/);
  });
});

describe("capacity events, weak sources and rates on the state", () => {
  const event = {
    id: "damage",
    what: "attack",
    from: "2021-04-11",
    until: "2021-12-02",
    sites: ["Natanz FEP"],
    machineTypes: ["IR-1"],
    scaleLow: 0.4,
    scaleHigh: 0.6,
    basis: "about half",
    source: "https://example.org/isis",
    sourceKind: "think tank" as const,
  };
  const series = [
    record("2021-04", { asOfDate: "2021-04-21", capacityEvents: [event] }),
    record("2021-09", { asOfDate: "2021-08-30" }),
    record("2021-12", { asOfDate: "2021-12-06" }),
  ];
  const state = (label: string) => {
    const r = resolveProgramState(series, label, TYPES);
    if (!r.ok) throw new Error(r.error);
    return r.state;
  };

  it("carries an event forward within its period, names it in the warnings, and drops it after", () => {
    expect(state("2021-09").capacityAdjustments).toEqual([{ ...event, fromReport: "2021-04" }]);
    expect(state("2021-09").warnings.join(" ")).toMatch(
      /capacity adjustment: IR-1 at Natanz FEP × 0.4–0.6 from 2021-04-11 to 2021-12-02/,
    );
    expect(state("2021-12").capacityAdjustments).toBeUndefined();
  });

  it("warns when a figure in use rests only on a blog", () => {
    const blog = [
      record("2020-09", {
        stocksKgU: { upTo2: { ...fig(638.8), source: "https://x.blogspot.com/a", venue: "blog" } },
      }),
    ];
    const r = resolveProgramState(blog, "2020-09", TYPES);
    if (!r.ok) throw new Error(r.error);
    expect(r.state.warnings.join(" ")).toMatch(
      /upTo2 638.8 kgU rests only on a blog \(https:\/\/x.blogspot.com\/a\)/,
    );
  });
});
