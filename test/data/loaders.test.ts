// The Node loaders: validation messages name the file and field; unknown labels list the known ones.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DataFileError,
  eventsBetween,
  findMachineType,
  findReport,
  loadMachineTypes,
  loadReports,
  loadRules,
  loadSources,
  loadTimeline,
  parseDataFile,
  reportsFileSchema,
} from "../../src/data/index.js";

const goodRecord = {
  label: "2021-11",
  kind: "quarterly",
  reportId: null,
  reportDate: "2021-11-17",
  asOfDate: "2021-11-06",
  stocksKgU: { upTo60: { value: 17.7, source: "https://example.org/a", sourceKind: "news" } },
  fleet: [],
  conflicts: [],
  publishedEstimates: [],
  notes: [],
  sources: [{ url: "https://example.org/a", supports: "60 %" }],
};
const fileWith = (reports: unknown[]) =>
  JSON.stringify({ dataVersion: "2026-11-30.1", description: "test", reports });
const errorOf = (text: string): string => {
  try {
    parseDataFile("data/iaea-reports.json", text, reportsFileSchema);
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as Error).message;
  }
  throw new Error("expected a DataFileError");
};

describe("loadReports", () => {
  it("loads every record with the data version, and caches per process", () => {
    const loaded = loadReports();
    expect(loaded.dataVersion).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(loaded.reports.filter((r) => r.kind === "quarterly")).toHaveLength(40);
    expect(loaded.reports.filter((r) => r.kind === "interim")).toHaveLength(12);
    expect(loaded.omittedReports.map((r) => r.label)).toEqual(["2018-02", "2018-05"]);
    expect(loadReports().reports).toBe(loaded.reports);
  });
});

describe("findReport", () => {
  it("finds Nov 2021 with 113.8 kgU up to 20 %", () => {
    const found = findReport("2021-11");
    expect(found.ok && found.report.stocksKgU.upTo20?.value).toBe(113.8);
  });

  it('fails on "1999-01", listing the known labels', () => {
    const found = findReport("1999-01");
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.error).toContain('"1999-01"');
    expect(found.error).toContain("2016-02");
    expect(found.error).toContain("2026-06");
    expect(found.knownLabels).toEqual(loadReports().reports.map((r) => r.label));
  });

  it("points a stock month to the report that gives it (2020-02 → 2020-03)", () => {
    const found = findReport("2020-02");
    expect(!found.ok && found.error).toContain("The 2020-03 report gives figures as of 2020-02-19");
  });

  it("never finds a label that is not in the file (property)", () => {
    const labels = new Set(loadReports().reports.map((r) => r.label));
    fc.assert(
      fc.property(fc.string(), (label) => {
        const found = findReport(label);
        return found.ok === labels.has(label);
      }),
    );
  });
});

describe("parseDataFile: malformed data is a clear error naming file and field", () => {
  it("accepts a well-formed minimal file", () => {
    expect(parseDataFile("x", fileWith([goodRecord]), reportsFileSchema).reports).toHaveLength(1);
  });

  it("reports invalid JSON with the file name", () => {
    expect(errorOf("{ not json")).toMatch(/^data\/iaea-reports\.json: not valid JSON/);
  });

  it("names the path, with the record's label, of a source that is not an http(s) URL", () => {
    const bad = { ...goodRecord, stocksKgU: { upTo60: { value: 17.7, source: "ftp://x.org/a" } } };
    const message = errorOf(fileWith([bad]));
    expect(message).toContain('reports[0](label "2021-11").stocksKgU.upTo60.source');
    expect(message).toContain("http(s) URL");
  });

  it("rejects a derived figure without a note, a negative mass and an unknown band", () => {
    const bad = {
      ...goodRecord,
      stocksKgU: {
        upTo60: { value: 17.7, source: "https://x.org", sourceKind: "news", derived: true },
        upTo20: { value: -1, source: "https://x.org", sourceKind: "news" },
        upTo90: { value: 1, source: "https://x.org", sourceKind: "news" },
      },
    };
    const message = errorOf(fileWith([bad]));
    expect(message).toContain("stocksKgU.upTo60.note: a derived figure needs a note");
    expect(message).toContain("stocksKgU.upTo20.value: must be a number ≥ 0");
    expect(message).toMatch(/stocksKgU.*upTo90/);
  });

  it("rejects a figure without a sourceKind, or with one outside the six kinds", () => {
    const without = {
      ...goodRecord,
      stocksKgU: { upTo60: { value: 17.7, source: "https://x.org" } },
    };
    expect(errorOf(fileWith([without]))).toContain(
      'reports[0](label "2021-11").stocksKgU.upTo60.sourceKind: must be one of IAEA document, IAEA statement, think tank, wire service, news, other',
    );
    const blog = {
      ...goodRecord,
      stocksKgU: { upTo60: { value: 17.7, source: "https://x.org", sourceKind: "blog" } },
    };
    expect(errorOf(fileWith([blog]))).toContain("stocksKgU.upTo60.sourceKind: must be one of");
  });

  it("labels an interim report by its date and a quarterly one by its month", () => {
    const interim = { ...goodRecord, kind: "interim" };
    expect(errorOf(fileWith([interim]))).toContain(
      "an interim report is labelled by its date (YYYY-MM-DD)",
    );
    const offDate = { ...goodRecord, kind: "interim", label: "2021-11-16" };
    expect(errorOf(fileWith([offDate]))).toContain("an interim report's label is its report date");
  });

  it("rejects unsorted or duplicate labels", () => {
    const earlier = { ...goodRecord, label: "2021-09", reportDate: "2021-09-07" };
    expect(errorOf(fileWith([goodRecord, earlier]))).toContain("must be sorted by date");
    expect(errorOf(fileWith([goodRecord, goodRecord]))).toContain("duplicate label");
  });

  it("rejects a fleet entry whose machine type is not a key of centrifuges.json", () => {
    const bad = { ...goodRecord, fleet: [{ site: "Fordow FFEP", machineType: "IR-9" }] };
    expect(errorOf(fileWith([bad]))).toContain(
      'fleet[0](machineType "IR-9").machineType: must be one of IR-1',
    );
  });
});

describe("the other loaders", () => {
  it("machine types: clock.md's IR-6 range; unknown key lists the known ones", () => {
    const ir6 = loadMachineTypes().machineTypes.find((t) => t.machineType === "IR-6");
    expect([ir6?.swuPerYearLow, ir6?.swuPerYearHigh]).toEqual([4, 7]);
    const missing = findMachineType("IR-9");
    expect(!missing.ok && missing.error).toContain("IR-1, IR-2m, IR-4, IR-5, IR-6, IR-s, advanced");
  });

  it("rules: snapback reimposes six resolutions after 30 days", () => {
    const rules = loadRules();
    expect(rules.snapback.reimposes.resolutions).toHaveLength(6);
    expect(rules.snapback.dayCounts.clockDays).toBe(30);
  });

  it("sources: every URL once, with its kind; the Fordow GOV/INF/2023/1 text is an IAEA document", () => {
    const { byUrl } = loadSources();
    expect(
      byUrl.get(
        "https://www.iranwatch.org/library/multilateral-organizations/international-atomic-energy-agency/iaea-report/cascade-interconnection-change-fordow-verification-monitoring",
      )?.sourceKind,
    ).toBe("IAEA document");
    expect(byUrl.get("https://threadreaderapp.com/thread/1302661137427644416.html")).toMatchObject({
      sourceKind: "other",
      venue: "thread reader",
    });
  });

  it("timeline: the week of round 7 holds the opening of talks on 29 Nov 2021", () => {
    expect(loadTimeline().events).toHaveLength(137);
    const week = eventsBetween("2021-11-23", "2021-11-30").map((e) => e.date);
    expect(week).toEqual(["2021-11-23", "2021-11-29"]);
  });
});
