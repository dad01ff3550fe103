import { describe, expect, it } from "vitest";
import { breakoutHistoryChart } from "./breakout-history.js";
import { nodeDocument } from "./node-document.js";
import { actorsFinalChart } from "./web-actors-final.js";
import { enrichmentLevelChart } from "./web-enrichment-level.js";
import { eventsTimelineChart } from "./web-events.js";
import { type StockPoint, stocksByLevelChart } from "./web-stocks.js";

// Fixtures: round figures in the shape of the IAEA reports of 2016, 2019-11 and 2021-11 (not the
// data itself, so the goldens do not change when data/ is revised).
const bands = ["upTo2", "upTo5", "upTo20", "upTo60"] as const;
const stock = (date: string, label: string, kg: [number, number, number, number]): StockPoint[] =>
  bands.map((band, i) => ({ date, label, band, kgU: kg[i] }));
const stocks = [
  ...stock("2016-02-14", "2016-02", [0, 80, 0, 0]),
  ...stock("2019-11-03", "2019-11", [0, 372, 0, 0]),
  ...stock("2021-11-06", "2021-11", [0, 1622, 113.8, 17.7]),
];
const doc = () => nodeDocument();
/** The frame's title, subtitle and footer lines joined (framedSvg wraps long lines). */
const frameText = (svg: string) =>
  [...svg.matchAll(/<text x="8" [^>]*>([^<]*)</g)].map((m) => m[1]).join(" ");

describe("stocksByLevelChart(points, options, document)", () => {
  const svg = stocksByLevelChart(stocks, { dataVersion: "test", markDate: "2021-11-06" }, doc());
  it("states when the stock passed the 202.8 kgU cap and its peak as a multiple of it", () => {
    // 372 kgU > 202.8 in 2019-11; the peak 1622 + 113.8 + 17.7 = 1753.5 kgU = 8.6× the cap
    expect(frameText(svg)).toContain(
      "passed the JCPOA cap of 202.8 kgU with the report of 2019-11",
    );
    expect(frameText(svg)).toContain("peaked at 1,754 kgU (9× the cap) in 2021-11");
  });
  it("draws one stacked area per band, the cap line and the axis units", () => {
    expect(svg.match(/<path[^>]*fill="#/g)?.length).toBeGreaterThanOrEqual(4);
    expect(svg).toContain("JCPOA cap 202.8 kgU");
    expect(svg).toContain("Enriched uranium (kgU)");
    expect(svg).toContain("Source: IAEA quarterly reports");
  });
  it("matches its golden file", async () => {
    await expect(svg).toMatchFileSnapshot("../../test/output/web-stocks.svg");
  });
});

describe("enrichmentLevelChart(points, options, document)", () => {
  const points = [
    { date: "2016-02-14", label: "2016-02", maxAssay: 0.0367 },
    { date: "2019-11-03", label: "2019-11", maxAssay: 0.045 },
    { date: "2021-05-22", label: "2021-05", maxAssay: 0.6 },
  ];
  const svg = enrichmentLevelChart(points, { dataVersion: "test" }, doc());
  it("names the first report above 3.67 % and the first at the highest level", () => {
    expect(frameText(svg)).toContain("above the JCPOA's 3.67 % from the report of 2019-11");
    expect(frameText(svg)).toContain("up to 60 % from 2021-05");
  });
  it("matches its golden file", async () => {
    await expect(svg).toMatchFileSnapshot("../../test/output/web-enrichment-level.svg");
  });
});

describe("eventsTimelineChart(events, options, document)", () => {
  const events = [
    {
      date: "2015-07-14",
      title: "JCPOA agreed",
      category: "agreement",
      confidence: "high" as const,
    },
    { date: "2018-05-08", title: "US leaves", category: "diplomacy", confidence: "high" as const },
    {
      date: "2021-04-06",
      title: "Vienna talks open",
      category: "diplomacy",
      confidence: "medium" as const,
    },
    {
      date: "2021-04-11",
      title: "Natanz blackout",
      category: "military",
      confidence: "low" as const,
    },
  ];
  const svg = eventsTimelineChart(events, { dataVersion: "test", markDate: "2021-11-06" }, doc());
  it("counts the events, the busiest track and those below high confidence", () => {
    expect(frameText(svg)).toContain(
      "4 dated events from 2015 to 2021; diplomacy is the busiest track (2), and 2 rest on medium or low confidence",
    );
  });
  it("draws one mark per event with its title as a tooltip", () => {
    expect(svg.match(/<title>/g)).toHaveLength(4);
    expect(svg).toContain("2021-04-11: Natanz blackout (confidence low)");
  });
  it("clips to a period", () => {
    const clipped = eventsTimelineChart(
      events,
      { dataVersion: "t", from: "2021-01-01", to: "2021-12-31" },
      doc(),
    );
    expect(frameText(clipped)).toContain("2 dated events from 2021 to 2021");
  });
  it("matches its golden file", async () => {
    await expect(svg).toMatchFileSnapshot("../../test/output/web-events.svg");
  });
});

describe("stocksByLevelChart with unknown stocks (issue 13, item 1)", () => {
  const withGap = [
    ...stocks,
    ...bands.map((band) => ({ date: "2025-11-12", label: "2025-11", band, kgU: null })),
  ];
  const svg = stocksByLevelChart(withGap, { dataVersion: "test" }, doc());
  const areaPaths = [...svg.matchAll(/<path d="([^"]*)" fill="#[0-9a-f]{6}"/g)].map((m) => m[1]);
  it("draws a gap, not a fall: no area reaches the report whose stocks are unknown", () => {
    const plain = stocksByLevelChart(stocks, { dataVersion: "test" }, doc());
    // The same areas as without the unknown report: nothing is drawn down to zero at its date.
    const plainAreas = [...plain.matchAll(/<path d="([^"]*)" fill="#[0-9a-f]{6}"/g)].map(
      (m) => m[1],
    );
    expect(areaPaths.length).toBe(4);
    // Same x range as the chart without that report would draw up to its last known report.
    expect(areaPaths.map((d) => d.match(/L[\d.]+,/g)?.length)).toEqual(
      plainAreas.map((d) => d.match(/L[\d.]+,/g)?.length),
    );
    expect(svg).toContain("stocks unknown");
    expect(frameText(svg)).toContain("peaked at 1,754 kgU (9× the cap) in 2021-11");
  });
  it("splits a band's area at an unknown point instead of joining across it", () => {
    const mid = [
      ...stock("2016-02-14", "2016-02", [0, 80, 0, 0]),
      ...bands.map((band) => ({
        date: "2019-11-03",
        label: "2019-11",
        band,
        kgU: band === "upTo5" ? null : 0,
      })),
      ...stock("2021-11-06", "2021-11", [0, 1622, 113.8, 17.7]),
    ];
    const split = stocksByLevelChart(mid, { dataVersion: "test" }, doc());
    const joined = stocksByLevelChart(stocks, { dataVersion: "test" }, doc());
    const count = (x: string) => [...x.matchAll(/<path d="[^"]*" fill="#[0-9a-f]{6}"/g)].length;
    expect(count(split)).toBe(count(joined) + 1); // the ≤5 % area is two runs
  });
});

describe("breakoutHistoryChart with interim reports, inferred capacity and a gap (issues 12, 13)", () => {
  const svg = breakoutHistoryChart(
    [
      { date: "2023-10-28", label: "2023-11", p5: 5, p50: 7, p95: 9, inferred: true },
      { date: "2024-06-11", label: "2024-06-13", p5: 4, p50: 6, p95: 8, kind: "interim" },
    ],
    [],
    {
      dataVersion: "t",
      seed: 1,
      samples: 200,
      gaps: [{ date: "2025-11-12", label: "2025-11", reason: "no verified capacity" }],
    },
    doc(),
  );
  it("draws interim reports hollow and rings inferred capacity, and says so", () => {
    expect(svg).toMatch(
      /<circle[^>]*fill="white"[^>]*stroke="#b5443b"|stroke="#b5443b"[^>]*fill="white"/,
    );
    expect(svg).toContain('stroke="#e08a00"');
    expect(frameText(svg)).toContain("hollow dots: interim reports");
    expect(frameText(svg)).toContain(
      "orange rings: capacity inferred from reported 60 % production",
    );
  });
  it("marks the reports with no estimate instead of joining the line to them", () => {
    expect(svg).toContain("no verified capacity →");
    expect(frameText(svg)).toContain("no estimate from 2025-11 on (no verified capacity)");
  });
});

describe("breakoutHistoryChart(points, published, options, document)", () => {
  const points = [
    { date: "2020-02-19", label: "2020-03", p5: 90, p50: 107, p95: 126 },
    { date: "2021-11-06", label: "2021-11", p5: 13, p50: 17, p95: 23 },
  ];
  const published = [{ date: "2021-11-06", days: 21, by: "Institute for Science (ISIS)" }];
  const svg = breakoutHistoryChart(
    points,
    published,
    {
      dataVersion: "t",
      seed: 1,
      samples: 200,
      markDate: "2021-11-06",
      assumptions: "IR-6 7 SWU/yr",
    },
    doc(),
  );
  it("states the first report under a month and the selected report's band", () => {
    expect(frameText(svg)).toContain(
      "fell below one month with the report of 2021-11; 17 days (13–23) at 2021-11",
    );
  });
  it("prints the assumptions the sliders set, and the published estimate beside the band", () => {
    expect(frameText(svg)).toContain("Assumptions: IR-6 7 SWU/yr");
    expect(svg).toContain("ISIS 21 d");
  });
  it("matches its golden file", async () => {
    await expect(svg).toMatchFileSnapshot("../../test/output/web-breakout-history.svg");
  });
});

describe("actorsFinalChart(data, options, document)", () => {
  const band = (p50: number) => ({ p5: p50 - 10, p50, p95: p50 + 10 });
  const data = {
    model: "smp",
    dimensions: ["rollback", "relief"],
    finalPositions: { US: [band(80), band(30)], Iran: [band(40), band(90)] },
    forecast: [band(60), band(55)],
    draws: 100,
    seed: 3,
  };
  const svg = actorsFinalChart(data, { source: "test" }, doc());
  it("states the forecast with its band on each dimension", () => {
    expect(frameText(svg)).toContain("The smp forecast: rollback 60 (50–70), relief 55 (45–65)");
  });
  it("draws one dot per actor and dimension", () => {
    expect(svg.match(/<title>/g)).toHaveLength(4);
  });
  it("matches its golden file", async () => {
    await expect(svg).toMatchFileSnapshot("../../test/output/web-actors-final.svg");
  });
});
