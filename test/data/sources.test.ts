// Every figure in data/ carries a source; real values from the raw research notes are checked.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { FleetRecord, IaeaReportRecord, MachineTypeRecord } from "../../src/core/index.js";
import type { JcpoaRules, TimelineEvent } from "../../src/data/index.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const read = (file: string): Json =>
  JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), "utf8"));
const FILES = [
  "iaea-reports.json",
  "centrifuges.json",
  "jcpoa-rules.json",
  "timeline.json",
  "sources.json",
];
const isUrl = (s: unknown) => typeof s === "string" && /^https?:\/\/\S+$/.test(s);
const isObject = (x: Json): x is { [key: string]: Json } =>
  x !== null && typeof x === "object" && !Array.isArray(x);

/** Every number leaf with its path and the chain of objects above it (nearest last). */
function numbers(node: Json, path: string[] = [], chain: Json[] = []) {
  const out: { path: string; key: string; parents: Json[] }[] = [];
  if (typeof node === "number") {
    out.push({ path: path.join("."), key: path.at(-1) ?? "", parents: chain });
  } else if (Array.isArray(node)) {
    for (const [i, x] of node.entries()) out.push(...numbers(x, [...path, String(i)], chain));
  } else if (isObject(node)) {
    for (const [k, x] of Object.entries(node))
      out.push(...numbers(x, [...path, k], [...chain, node]));
  }
  return out;
}
function objects(node: Json): { [key: string]: Json }[] {
  if (Array.isArray(node)) return node.flatMap(objects);
  if (isObject(node)) return [node, ...Object.values(node).flatMap(objects)];
  return [];
}
/** Does this object name a source URL (one of the source-carrying keys)? */
function hasSource(o: Json): boolean {
  if (!isObject(o)) return false;
  for (const key of ["source", "url"]) if (isUrl(o[key])) return true;
  for (const key of ["sources", "minimumTotalSources"]) {
    const list = o[key];
    if (
      Array.isArray(list) &&
      list.length > 0 &&
      list.every((s) => isUrl(s) || (isObject(s) && isUrl(s.url)))
    )
      return true;
  }
  return false;
}

// The files are read raw (not through the loaders) so these checks do not depend on the schemas.
const reports = (read("iaea-reports.json") as unknown as { reports: IaeaReportRecord[] }).reports;
const byLabel = (label: string): IaeaReportRecord => {
  const r = reports.find((x) => x.label === label);
  if (!r) throw new Error(`no report ${label}`);
  return r;
};
const fleetOf = (label: string, site: string, machineType: string): FleetRecord => {
  const e = byLabel(label).fleet.find((x) => x.site === site && x.machineType === machineType);
  if (!e) throw new Error(`no ${site} ${machineType} in ${label}`);
  return e;
};
/** A figure's value; fails the test when the figure is missing. */
const v = (figure: { value: number } | undefined): number => {
  if (!figure) throw new Error("figure missing");
  return figure.value;
};
const conflictOf = (label: string, field: string) => {
  const c = byLabel(label).conflicts.find((x) => x.field === field);
  if (!c) throw new Error(`no conflict on ${field} in ${label}`);
  return c;
};

describe("every figure has a source", () => {
  it.each(FILES)("%s: each number sits under an object that names an http(s) source", (file) => {
    const unsourced = numbers(read(file)).filter((n) => !n.parents.some(hasSource));
    expect(unsourced.map((n) => n.path)).toEqual([]);
  });

  it.each(FILES)("%s: every source-like field is an http(s) URL", (file) => {
    const bad: string[] = [];
    for (const o of objects(read(file))) {
      for (const key of ["source", "url"])
        if (key in o && !isUrl(o[key])) bad.push(`${key}=${o[key]}`);
      for (const key of ["sources", "alsoSources", "minimumTotalSources"]) {
        const list = o[key];
        if (!Array.isArray(list)) continue;
        for (const s of list) if (!isUrl(isObject(s) ? s.url : s)) bad.push(String(s));
      }
    }
    expect(bad).toEqual([]);
  });

  it("iaea-reports.json: every number is a SourcedFigure value, except published estimates and capacity scales", () => {
    const loose = numbers(read("iaea-reports.json")).filter((n) => {
      if (n.path.includes("publishedEstimates")) return false;
      if (/capacityEvents\.\d+\.scale(Low|High)$/.test(n.path)) return false;
      const parent = n.parents.at(-1);
      return !(
        n.key === "value" &&
        parent !== undefined &&
        isObject(parent) &&
        isUrl(parent.source)
      );
    });
    expect(loose.map((n) => n.path)).toEqual([]);
  });

  it.each(FILES)("%s: every derived figure says how it was derived", (file) => {
    const bare = objects(read(file)).filter(
      (o) => o.derived === true && !(typeof o.note === "string" && o.note.length >= 20),
    );
    expect(bare).toEqual([]);
  });

  it("each figure's source is listed in its report's sources", () => {
    for (const r of reports) {
      const listed = new Set(r.sources.map((s) => s.url));
      const used = objects(r as unknown as Json)
        .filter((o) => typeof o.value === "number" && typeof o.source === "string")
        .map((o) => String(o.source));
      expect(
        used.filter((u) => !listed.has(u)),
        r.label,
      ).toEqual([]);
    }
  });

  it("secondary compilations are flagged as secondary", () => {
    const signum = objects(read("iaea-reports.json")).filter(
      (o) => typeof o.value === "number" && String(o.source).includes("thesignumaverage"),
    );
    expect(signum.length).toBeGreaterThanOrEqual(5);
    for (const f of signum) expect(f.secondary).toBe(true);
  });
});

describe("every figure has a source kind (issue 13, item 3)", () => {
  type Catalogue = { sources: { url: string; sourceKind: string; venue?: string }[] };
  const catalogue = new Map(
    (read("sources.json") as unknown as Catalogue).sources.map((x) => [x.url, x]),
  );
  const KINDS = ["IAEA document", "IAEA statement", "think tank", "wire service", "news", "other"];
  /** Every URL in a file's source fields. */
  const urls = (file: string) =>
    objects(read(file)).flatMap((o) => [
      ...["source", "url"].flatMap((k) => (typeof o[k] === "string" ? [String(o[k])] : [])),
      ...["sources", "alsoSources", "minimumTotalSources"].flatMap((k) =>
        Array.isArray(o[k])
          ? (o[k] as Json[]).map((x) => (isObject(x) ? String(x.url) : String(x)))
          : [],
      ),
    ]);
  const figures = objects(read("iaea-reports.json")).filter(
    (o) => typeof o.value === "number" && typeof o.source === "string",
  );

  it("no figure in iaea-reports.json lacks a sourceKind, and each is one of the six kinds", () => {
    expect(figures.length).toBeGreaterThan(250);
    const missing = figures.filter((f) => !KINDS.includes(String(f.sourceKind)));
    expect(missing).toEqual([]);
  });

  it.each(FILES)("%s: every cited URL is in sources.json with one of the six kinds", (file) => {
    const unknown = urls(file).filter((u) => !KINDS.includes(String(catalogue.get(u)?.sourceKind)));
    expect(unknown).toEqual([]);
  });

  it("a figure's sourceKind and venue are its source's, as sources.json classifies it", () => {
    const disagree = figures.filter((f) => {
      const entry = catalogue.get(String(f.source));
      return entry?.sourceKind !== f.sourceKind || entry?.venue !== f.venue;
    });
    expect(disagree).toEqual([]);
  });

  it("kinds follow the host: IAEA text hosted by Iran Watch, ISIS, AP's feed, a blog, a forum", () => {
    const kind = (url: string) => catalogue.get(url);
    expect(
      kind("https://www.iaea.org/sites/default/files/documents/gov2025-50.pdf")?.sourceKind,
    ).toBe("IAEA document");
    expect(
      kind(
        "https://www.iranwatch.org/library/multilateral-organizations/international-atomic-energy-agency/iaea-director-generals-statement/iaea-director-generals-introductory-24",
      )?.sourceKind,
    ).toBe("IAEA statement");
    expect(
      kind(
        "https://isis-online.org/isis-reports/detail/analysis-of-iaea-iran-verification-and-monitoring-report-may-2021",
      )?.sourceKind,
    ).toBe("think tank");
    expect(
      kind(
        "https://d33gy59ovltp76.cloudfront.net/news/iran-increases-uranium-stockpile-enriched-to-near-weapons-grade-levels",
      )?.sourceKind,
    ).toBe("wire service");
    expect(
      kind(
        "http://prophecynewsstand.blogspot.com/2021/04/iaea-iran-enriching-uranium-with-new.html",
      ),
    ).toMatchObject({
      sourceKind: "other",
      venue: "blog",
    });
    expect(
      kind("https://dchan.qorigins.org/qresearch/res/7715377.html?poster_hash=3f8817")?.venue,
    ).toBe("forum");
  });

  it("a report's figures carry its IAEA id, marked unconfirmed when the id was never seen in a source", () => {
    const nov21 = byLabel("2021-11");
    expect(nov21.reportIdUnverified).toBe("GOV/2021/51");
    expect(nov21.stocksKgU.upTo60).toMatchObject({
      reportId: "GOV/2021/51",
      reportIdConfirmed: false,
    });
    const sep21 = byLabel("2021-09");
    expect(sep21.reportId).toBe("GOV/2021/39");
    expect(sep21.stocksKgU.upTo60?.reportId).toBe("GOV/2021/39");
    expect(sep21.stocksKgU.upTo60?.reportIdConfirmed).toBeUndefined();
    for (const r of reports) {
      const id = r.reportId ?? r.reportIdUnverified;
      for (const [band, f] of Object.entries(r.stocksKgU)) {
        expect(f?.reportId, `${r.label} ${band}`).toBe(id);
        expect(f?.reportIdConfirmed, `${r.label} ${band}`).toBe(
          r.reportId ? undefined : id ? false : undefined,
        );
      }
    }
    // The index confirms ids the earlier normalisation had not: May 2022 and Sep 2023.
    expect(byLabel("2022-05").reportId).toBe("GOV/2022/24");
    expect(byLabel("2023-09").reportId).toBe("GOV/2023/39");
    expect(byLabel("2023-02-01").reportId).toBe("GOV/INF/2023/1");
  });
});

describe("report records", () => {
  const labels = reports.map((r) => r.label);

  it("labels are unique: YYYY-MM for a quarterly report, its date for an interim one; sorted by date", () => {
    expect(new Set(labels).size).toBe(labels.length);
    for (const r of reports) {
      if (r.kind === "quarterly") expect(r.label).toMatch(/^\d{4}-\d{2}[a-z]?$/);
      else expect(r.label).toBe(r.reportDate);
    }
    const dates = reports.map((r) => r.reportDate);
    expect([...dates].sort()).toEqual(dates);
    for (const r of reports) expect(r.reportDate.startsWith(r.label.slice(0, 7))).toBe(true);
  });

  it("runs from the first JCPOA report (Feb 2016) to the latest of 2026 (Jun 2026)", () => {
    expect(labels[0]).toBe("2016-02");
    expect(labels.at(-1)).toBe("2026-06");
    expect(reports.filter((r) => r.kind === "quarterly")).toHaveLength(40);
  });

  it("Nov 2021: 113.8 kgU up to 20 %, 17.7 kgU up to 60 %, the 15.5 kg conflict kept", () => {
    const r = byLabel("2021-11");
    expect(v(r.stocksKgU.upTo20)).toBe(113.8);
    expect(v(r.stocksKgU.upTo60)).toBe(17.7);
    expect(r.asOfDate).toBe("2021-11-06");
    const values = conflictOf("2021-11", "stocksKgU.upTo60").values.map((x) => x.value);
    expect(values.sort()).toEqual([15.5, 17.7]);
    // Mar 2022: 33.2 kg, "an increase of 15.5 kg" (Reuters): 33.2 − 15.5 = 17.7.
    expect(v(byLabel("2022-03").stocksKgU.upTo60) - 15.5).toBeCloseTo(17.7, 6);
  });

  it("Feb 2020 data (the Mar 2020 report): 1,020.9 kgU total, +648.6 kg on Nov 2019's 372.3", () => {
    const r = byLabel("2020-03");
    expect(v(r.stocksKgU.total)).toBe(1020.9);
    expect(r.asOfDate).toBe("2020-02-19");
    expect(v(r.capacitySwuPerYear)).toBe(7500);
    expect(v(byLabel("2019-11").stocksKgU.total)).toBeCloseTo(1020.9 - 648.6, 6);
  });

  it("stated splits add up: May and Aug 2021 UF6-form bands sum to the stated UF6 subtotals", () => {
    const sum = (l: string) => {
      const s = byLabel(l).stocksKgU;
      return v(s.upTo2) + v(s.upTo5) + v(s.upTo20) + v(s.upTo60);
    };
    expect(sum("2021-05")).toBeCloseTo(3206.3, 6); // Janes: UF6 3,206.3 = 1,367.9 + 1,773.2 + 62.8 + 2.4
    expect(sum("2021-09")).toBeCloseTo(2372.9, 6); // Janes: UF6 2,372.9 = 503.8 + 1,774.8 + 84.3 + 10
  });

  it("derived ≤5 % bands are total minus ≤2 % (Jun and Sep 2020)", () => {
    for (const [l, expected] of [
      ["2020-06", 1088.5],
      ["2020-09", 1466.6],
    ] as const) {
      const s = byLabel(l).stocksKgU;
      expect(s.upTo5?.derived).toBe(true);
      expect(v(s.upTo5)).toBe(expected);
      expect(v(s.total) - v(s.upTo2)).toBeCloseTo(expected, 6);
    }
  });

  it("residual below 20 % is total − 20 % − 60 % wherever recorded", () => {
    const withResidual = reports.filter((r) => r.residualBelow20KgU);
    expect(withResidual.length).toBeGreaterThanOrEqual(10);
    for (const r of withResidual) {
      const s = r.stocksKgU;
      const expected = v(s.total) - v(s.upTo20) - (s.upTo60?.value ?? 0);
      expect(v(r.residualBelow20KgU), r.label).toBeCloseTo(expected, 6);
      expect(r.residualBelow20KgU?.derived).toBe(true);
    }
    expect(v(byLabel("2021-11").residualBelow20KgU)).toBe(2358.2);
  });

  it("UF6 masses stated alongside agree with the kgU figures at 0.6762 kgU per kg UF6", () => {
    const KGU_PER_KG_UF6 = 0.6762; // clock.md; U mass fraction of UF6 = 238.03 / 352.02
    const pairs: [number, number][] = [
      [2324.9, v(byLabel("2020-06").stocksKgU.total)], // ISIS Jun 2020
      [92.9, v(byLabel("2021-05").stocksKgU.upTo20)], // ISIS May 2021
      [168.8, v(byLabel("2023-05").stocksKgU.upTo60)], // ISIS May 2023
      [210.2, v(byLabel("2024-05").stocksKgU.upTo60)], // ISIS May 2024
      [604.4, v(byLabel("2025-05").stocksKgU.upTo60)], // May 2025 report summary
    ];
    for (const [uf6, kgU] of pairs) expect(Math.abs(uf6 * KGU_PER_KG_UF6 - kgU)).toBeLessThan(0.6);
  });

  it("conflicts that cannot be resolved leave the field empty (Sep 2022 total)", () => {
    expect(byLabel("2022-09").stocksKgU.total).toBeUndefined();
    const values = conflictOf("2022-09", "stocksKgU.total").values.map((x) => x.value);
    expect(values.sort()).toEqual([3621.3, 3940.9]);
    expect(3673.7 + 267.2).toBeCloseTo(3940.9, 6); // the derived value: Nov total + stated decrease
  });

  it("a figure whose only source lacks a URL is a note, not a figure (Nov 2025: 440.9 kg)", () => {
    const r = byLabel("2025-11");
    expect(r.stocksKgU).toEqual({});
    expect(r.notes.some((n) => n.includes("440.9") && /URL .*missing/.test(n))).toBe(true);
  });

  it("latest recorded 60 % stock is the pre-strike 440.9 kgU as of 13 Jun 2025", () => {
    const r = byLabel("2025-09");
    expect(r.asOfDate).toBe("2025-06-13");
    expect(v(r.stocksKgU.upTo60)).toBe(440.9);
    expect(v(r.stocksKgU.total)).toBe(9874.9);
  });
});

describe("fleet entries", () => {
  const types = (read("centrifuges.json") as unknown as { machineTypes: MachineTypeRecord[] })
    .machineTypes;
  const machineKeys = types.map((t) => t.machineType);

  it("use only normalised sites and machine types that are keys of centrifuges.json", () => {
    for (const e of reports.flatMap((r) => r.fleet)) {
      expect(["Natanz FEP", "Natanz PFEP", "Fordow FFEP", "all"]).toContain(e.site);
      expect(machineKeys).toContain(e.machineType);
    }
  });

  it("state each (site, type) at most once per report", () => {
    for (const r of reports) {
      const keys = r.fleet.map((e) => `${e.site}|${e.machineType}`);
      expect(new Set(keys).size, r.label).toBe(keys.length);
    }
  });

  it("JCPOA era: 5,060 IR-1 enriching in 30 cascades at FEP; 1,044 IR-1 at Fordow, none enriching", () => {
    const fep = fleetOf("2016-02", "Natanz FEP", "IR-1");
    expect([v(fep.enrichingMachines), v(fep.enrichingCascades)]).toEqual([5060, 30]);
    const ffep = fleetOf("2016-02", "Fordow FFEP", "IR-1");
    const counts = [ffep.installedMachines, ffep.installedCascades, ffep.enrichingMachines];
    expect(counts.map(v)).toEqual([1044, 6, 0]);
  });

  it("the 2021–2025 fleet research: FEP on 15 Mar 2021, Fordow Unit 1 in Jun 2024, and the 166 / 170 conflict", () => {
    const ir2m = fleetOf("2021-03-15", "Natanz FEP", "IR-2m");
    expect([
      v(ir2m.installedMachines),
      v(ir2m.installedCascades),
      v(ir2m.enrichingMachines),
    ]).toEqual([522, 3, 522]);
    expect(v(fleetOf("2021-03-31", "Natanz FEP", "IR-2m").enrichingMachines)).toBe(696);
    const unit1 = fleetOf("2024-06-28", "Fordow FFEP", "IR-6");
    expect(v(unit1.installedMachines)).toBe(2 * 166 + 4 * 174);
    expect(unit1.installedMachines?.derived).toBe(true);
    expect(v(unit1.enrichingMachines)).toBe(332);
    expect(v(fleetOf("2024-08", "Fordow FFEP", "IR-6").installedMachines)).toBe(2 * 166 + 8 * 174);
    const c = conflictOf("2021-11", "fleet.Fordow FFEP.IR-6.installedMachines");
    expect(c.values.map((x) => x.value)).toEqual([166, 170]);
    expect(c.resolution).toMatch(/^166/);
  });

  it("reported 60 % production rates: 9 → 3 → 9 kg/month from 2023, then more than 34 at Fordow from Dec 2024", () => {
    const rate = (label: string) =>
      (byLabel(label).productionRates ?? []).map((p) => [
        p.kgUPerMonth.value,
        p.feed,
        p.sites.join("+"),
        p.atLeast ?? false,
      ]);
    const both = "Fordow FFEP+Natanz PFEP";
    expect(rate("2023-05")).toEqual([[9, "upTo5", both, false]]);
    expect(rate("2023-11")).toEqual([[3, "upTo5", both, false]]);
    expect(rate("2024-02")).toEqual([[9, "upTo5", both, false]]);
    expect(rate("2023-02-01")).toEqual([[9, "upTo5", both, false]]);
    // A rate stays in force until the IAEA reports a change (Fordow's change of feed, Dec 2024).
    expect(rate("2024-08")).toEqual([[9, "upTo5", both, false]]);
    expect(rate("2024-11")).toEqual([[9, "upTo5", both, false]]);
    expect(byLabel("2024-11").notes.some((n) => n.includes("4.7 kg/month"))).toBe(true);
    expect(rate("2024-12-06")).toEqual([[34, "upTo20", "Fordow FFEP", true]]);
    expect(rate("2025-05")).toEqual([[34, "upTo20", "Fordow FFEP", true]]);
  });

  it("the Apr 2021 attack scales FEP's IR-1 and IR-2m by 0.4–0.6 until Dec 2021, with its sources", () => {
    const [event] = byLabel("2021-04-21").capacityEvents ?? [];
    expect(event).toMatchObject({
      from: "2021-04-11",
      until: "2021-12-02",
      sites: ["Natanz FEP"],
      machineTypes: ["IR-1", "IR-2m"],
      scaleLow: 0.4,
      scaleHigh: 0.6,
    });
    expect(20 / 35).toBeGreaterThan(event.scaleLow); // WSJ: 20 cascades working of 35 enriching
    expect(20 / 35).toBeLessThan(event.scaleHigh);
    expect(event.alsoSources).toHaveLength(2);
  });

  it("the loss of access on 13 Jun 2025 is recorded, and Feb 2026's 60 % figure is dated before it", () => {
    expect(byLabel("2025-09").accessLost?.since).toBe("2025-06-13");
    expect(byLabel("2026-02").stocksKgU.upTo60).toMatchObject({
      value: 440.9,
      asOfDate: "2025-06-13",
    });
    expect(conflictOf("2025-02", "stocksKgU.upTo60").values.map((x) => x.value)).toEqual([
      274.8, 275,
    ]);
  });

  it("counts stated in words are captured: Fordow 1,044 IR-1 in 6 cascades (Jan 2021); 166 IR-6 (Nov 2021)", () => {
    const ir1 = fleetOf("2021-02", "Fordow FFEP", "IR-1");
    expect([v(ir1.enrichingMachines), v(ir1.enrichingCascades)]).toEqual([1044, 6]);
    const ir6 = fleetOf("2021-11", "Fordow FFEP", "IR-6");
    expect([v(ir6.installedMachines), v(ir6.enrichingMachines)]).toEqual([166, 0]);
  });

  it("interim reports are records on their own dates: Fordow's IR-6 fed on 30 Nov 2021 is on 2021-12-01", () => {
    const e = fleetOf("2021-12-01", "Fordow FFEP", "IR-6");
    expect(e.statusDate).toBe("2021-11-30");
    expect(v(e.enrichingMachines)).toBe(166);
    expect(byLabel("2022-03").fleet).toEqual([]);
    expect(reports.filter((r) => r.kind === "interim").map((r) => r.label)).toEqual([
      "2021-03-15",
      "2021-03-31",
      "2021-04-21",
      "2021-12-01",
      "2022-06-20",
      "2022-07-09",
      "2022-08-28",
      "2022-09-12",
      "2023-02-01",
      "2024-06-13",
      "2024-06-28",
      "2024-12-06",
    ]);
    for (const r of reports) {
      for (const x of r.fleet) {
        if (x.statusDate?.length === 10) expect(x.statusDate <= r.reportDate, r.label).toBe(true);
      }
    }
  });

  it("sums of stated increments are derived: FEP IR-2m 1,044 + 1,566 = 2,610 (Nov 2022)", () => {
    const e = fleetOf("2022-11", "Natanz FEP", "IR-2m");
    expect(v(e.installedMachines)).toBe(1044 + 1566);
    expect(e.installedMachines?.derived).toBe(true);
    expect(v(fleetOf("2025-02", "all", "advanced").installedMachines)).toBe(13555);
  });

  it("fleetReset is set on the first report after the June 2025 strikes, and only there", () => {
    const reset = reports.filter((r) => r.fleetReset);
    expect(reset.map((r) => r.label)).toEqual(["2025-09"]);
    expect(reset[0].fleetReset?.source).toMatch(/^https?:\/\//);
    expect(reset[0].fleetReset?.reason).toMatch(/unknown, not zero/);
    expect(reset[0].fleet).toEqual([]);
  });
});

describe("published estimates are held out except the three calibration rows", () => {
  const DAYS_PER_MONTH = 30.44; // docs/data.md

  it("only Feb 2020 (Mar 2020 report), Nov 2021 and Nov 2023 carry estimates", () => {
    const carrying = reports.filter((r) => r.publishedEstimates.length > 0).map((r) => r.label);
    expect(carrying).toEqual(["2020-03", "2021-11", "2023-11"]);
  });

  it("Feb 2020: 3.8 months (3.1–4.6) and a covert 3,000 IR-2m plant at 3.1 months, in days", () => {
    const [declared, covert] = byLabel("2020-03").publishedEstimates;
    expect(declared.days).toBeCloseTo(3.8 * DAYS_PER_MONTH, 1);
    expect(declared.lowDays).toBeCloseTo(3.1 * DAYS_PER_MONTH, 1);
    expect(declared.highDays).toBeCloseTo(4.6 * DAYS_PER_MONTH, 1);
    expect(covert.scenario).toBe("covert-3000-IR-2m");
    expect(covert.days).toBeCloseTo(3.1 * DAYS_PER_MONTH, 1);
  });

  it("Nov 2021: as little as three weeks; Nov 2023: seven days and 6/8/10/11/12 weapons by month 1–5", () => {
    expect(byLabel("2021-11").publishedEstimates[0].days).toBe(21);
    const nov23 = byLabel("2023-11").publishedEstimates[0];
    expect(nov23.days).toBe(7);
    expect(nov23.weaponsByMonth?.map((w) => w.weapons)).toEqual([6, 8, 10, 11, 12]);
    expect(nov23.weaponsByMonth?.map((w) => w.months)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("centrifuges.json", () => {
  const types = (read("centrifuges.json") as unknown as { machineTypes: MachineTypeRecord[] })
    .machineTypes;
  const t = (k: string): MachineTypeRecord => {
    const found = types.find((x) => x.machineType === k);
    if (!found) throw new Error(`no type ${k}`);
    return found;
  };
  const range = (k: string) => [t(k).swuPerYearLow, t(k).swuPerYearHigh];
  const cascadeAt = (k: string, site: string) =>
    t(k).cascadeSizes?.find((c) => c.site === site)?.machines;

  it("has clock.md's planning ranges, SWU per machine-year", () => {
    expect(range("IR-1")).toEqual([0.75, 1.0]);
    expect(range("IR-2m")).toEqual([3, 5]);
    expect(range("IR-4")).toEqual([3, 5]);
    expect(range("IR-6")).toEqual([4, 7]);
    expect(range("IR-5")).toEqual([null, null]);
    expect(range("IR-s")).toEqual([null, null]);
  });

  it("'advanced' is the envelope of the IR-2m, IR-4 and IR-6 ranges", () => {
    const parts = ["IR-2m", "IR-4", "IR-6"].map(t);
    expect(t("advanced").swuPerYearLow).toBe(Math.min(...parts.map((p) => p.swuPerYearLow ?? 0)));
    expect(t("advanced").swuPerYearHigh).toBe(Math.max(...parts.map((p) => p.swuPerYearHigh ?? 0)));
  });

  it("cascade sizes match the fleet data: 1,044 / 6 = 174 at Fordow; FEP IR-2m cascades of 174", () => {
    expect(t("IR-1").machinesPerCascade).toBe(164);
    expect(cascadeAt("IR-1", "Fordow FFEP")).toBe(1044 / 6);
    expect(t("IR-2m").machinesPerCascade).toBe(348 / 2); // Jan 2021: 348 IR-2m in two cascades
    expect(cascadeAt("IR-6", "Fordow FFEP")).toBe(166);
  });
});

describe("jcpoa-rules.json", () => {
  const rules = read("jcpoa-rules.json") as unknown as JcpoaRules;
  const limit = (id: string) => {
    const found = rules.jcpoa.limits.find((l) => l.id === id);
    if (!found) throw new Error(`no limit ${id}`);
    return found;
  };

  it("Annex I limits: 3.67 %, 300 kg UF6 = 202.8 kgU, 5,060 IR-1, no enrichment at Fordow", () => {
    expect(limit("enrichment_level").values?.maxAssay).toBe(0.0367);
    expect(limit("leu_stockpile").values).toEqual({ maxKgUF6: 300, maxKgU: 202.8 });
    expect(Math.abs(300 * 0.6762 - 202.8)).toBeLessThan(0.1);
    expect(limit("natanz_centrifuges").values?.maxInstalledMachines).toBe(5060);
    expect(limit("fordow").values?.maxEnrichingMachines).toBe(0);
    expect(rules.jcpoa.durationsCountedFrom.date).toBe("2016-01-16");
    expect(limit("enrichment_level").durationYears).toBe(15);
    expect(limit("natanz_centrifuges").durationYears).toBe(10);
  });

  it("snapback: 30-day clock, 10 days to table a draft; only sourced paragraphs (11, 12) are rules", () => {
    expect(rules.snapback.dayCounts.clockDays).toBe(30);
    expect(rules.snapback.dayCounts.draftTablingDeadlineDays).toBe(10);
    expect(rules.snapback.paragraphs.map((p) => p.para)).toEqual([11, 12]);
    expect(rules.snapback.history.map((h) => h.date)).toContain("2025-09-28");
  });

  it("dispute mechanism minimum is 15 + 15 + 5 + 30 = 65 days", () => {
    const days = (step: string) =>
      rules.disputeMechanism.steps.find((s) => s.step === step)?.days ?? NaN;
    expect(days("1") + days("2") + days("3") + days("5")).toBe(
      rules.disputeMechanism.minimumTotalDays,
    );
    expect(rules.disputeMechanism.minimumTotalDays).toBe(65);
  });

  it("INARA: 30-day review (60 in summer 2015), +12 veto, +10 override: 52 or 82 days", () => {
    const p = (id: string) => rules.inara.provisions.find((x) => x.id === id);
    const d = (id: string) => p(id)?.days ?? NaN;
    expect([d("review_period"), p("review_period")?.altDays]).toEqual([30, 60]);
    expect(d("review_period") + d("veto_period") + d("override_period")).toBe(d("max_freeze"));
    expect(60 + d("veto_period") + d("override_period")).toBe(p("max_freeze")?.altDays);
    expect(d("certification_90_days")).toBe(90);
  });
});

describe("timeline.json", () => {
  const events = (read("timeline.json") as unknown as { events: TimelineEvent[] }).events;

  it("holds the 116 events of the notes and 21 of the fleet research, sorted, with unique ids", () => {
    expect(events).toHaveLength(137);
    expect(new Set(events.map((e) => e.id)).size).toBe(137);
    expect(events.filter((e) => e.category === "enrichment_capacity")).toHaveLength(21);
    const dates = events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it("has the Nov 2021 brief's events", () => {
    const on = (date: string, word: RegExp) =>
      events.some((e) => e.date === date && word.test(e.title));
    expect(on("2021-08-05", /Raisi sworn/)).toBe(true);
    expect(on("2021-08-30", /Afghanistan withdrawal/)).toBe(true);
    expect(on("2021-10-20", /al-Tanf/)).toBe(true);
    expect(on("2021-10-02", /\$10 billion/)).toBe(true);
    expect(on("2021-11-23", /Grossi/)).toBe(true);
    expect(on("2021-11-29", /round 7/)).toBe(true);
  });

  it("2026 events are at most medium confidence, and each lowered one says why", () => {
    const of2026 = events.filter((x) => x.date >= "2026");
    for (const e of of2026) expect(e.confidence).not.toBe("high");
    const lowered = of2026.filter((e) => /Confidence lowered from "high"/.test(e.note ?? ""));
    expect(lowered).toHaveLength(14); // 14 of the 17 events of 2026 were "high" in the raw notes
    for (const e of events.filter((x) => x.date < "2026"))
      expect(e.note ?? "").not.toMatch(/lowered/);
  });

  it("month-precision dates are the 1st and say so", () => {
    const month = events.filter((e) => e.datePrecision === "month");
    expect(month).toHaveLength(8);
    for (const e of month) {
      expect(e.date.endsWith("-01")).toBe(true);
      expect(e.note).toMatch(/Only the month/);
    }
  });
});
