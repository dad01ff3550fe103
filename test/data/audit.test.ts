// `leverage data audit` (issue 13, item 3): figures resting only on a blog, a thread reader or a
// forum are listed; a figure with any other source is not.
import { describe, expect, it } from "vitest";
import { auditData } from "../../src/app/data/audit.js";

const audit = auditData();
const where = audit.weakOnly.map((w) => `${w.file} ${w.where}`);

describe("auditData", () => {
  it("lists the Sep 2020 ≤2 % stock (a blog) and the PFEP counts of a thread reader", () => {
    const upTo2 = audit.weakOnly.find((w) => w.where === "2020-09 stocksKgU.upTo2");
    expect(upTo2).toMatchObject({ value: 638.8, venues: ["blog"] });
    const thread = audit.weakOnly.filter((w) => w.venues.includes("thread reader"));
    expect(thread.map((w) => w.value)).toEqual([164, 1, 164, 1, 1]);
  });

  it("does not list a figure or rule that also has a non-blog source", () => {
    // The Sep 2020 total was switched to a news report that states it (backup.africsis.org).
    expect(where).not.toContain("iaea-reports.json 2020-09 stocksKgU.total");
    // The 3.67 % limit cites a blog and a news site (kayhanlife.com).
    expect(where.some((w) => w.includes("(enrichment_level)"))).toBe(false);
    // A rule that cites only blogs is listed.
    expect(where).toContain("jcpoa-rules.json jcpoa.limits[3] (single_enrichment_site)");
  });

  it("counts every figure of iaea-reports.json under one of the six kinds", () => {
    const counts = audit.figuresByKind;
    expect(Object.keys(counts)).toEqual([
      "IAEA document",
      "IAEA statement",
      "think tank",
      "wire service",
      "news",
      "other",
    ]);
    expect(counts["IAEA document"]).toBeGreaterThan(0);
    const weakFigures = audit.weakOnly.filter((w) => w.file === "iaea-reports.json").length;
    expect(counts.other).toBeGreaterThanOrEqual(weakFigures); // blogs and thread readers are "other"
  });

  it("names the report ids no source confirmed", () => {
    expect(audit.unconfirmedReportIds).toContainEqual({
      label: "2021-11",
      reportId: "GOV/2021/51",
    });
    expect(audit.unconfirmedReportIds.map((r) => r.label)).not.toContain("2021-09");
  });
});
