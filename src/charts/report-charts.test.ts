import { describe, expect, it } from "vitest";
import type { ClockPoint, StrategyResult } from "../core/index.js";
import { nodeDocument } from "./node-document.js";
import { reportBreakoutBandChart } from "./report-breakout-band.js";
import { reportTornadoChart } from "./report-tornado.js";

const words = (svg: string) => svg.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("reportBreakoutBandChart(points, options, document)", () => {
  const band = (p50: number) => ({ p5: p50 * 0.8, p50, p95: p50 * 1.25 });
  const points: ClockPoint[] = [
    { label: "2021-05", date: "2021-05-22", days: band(30), kind: "report" },
    { label: "2021-09", date: "2021-08-30", days: band(24), kind: "report" },
    { label: "2021-11", date: "2021-11-06", days: band(17), kind: "scenario" },
    { label: "+6 months", date: "2022-05-06", days: band(12), kind: "projected" },
    { label: "no fleet", date: "2022-06-06", days: null, kind: "projected" },
  ];
  const svg = reportBreakoutBandChart(
    points,
    { asOf: "2021-11-29", thresholdDays: 30, source: "test data" },
    nodeDocument(),
  );

  it("states the finding now and on the trend, and skips points with no estimate", () => {
    expect(words(svg)).toContain(
      "Breakout time: 17 days at 2021-11, 12 days by 2022-05 if the trend holds",
    );
    expect(svg).not.toMatch(/<figure|<div/);
  });

  it("matches its golden file", async () => {
    await expect(svg).toMatchFileSnapshot("../../test/output/report-breakout-band.svg");
  });
});

describe("reportTornadoChart(result, options, document)", () => {
  const result = {
    name: "year-end deadline + snapback",
    tornado: {
      metric: "US expected utility (share of the pie)",
      base: 0.55,
      percent: false,
      rows: [
        {
          input: "strategy.deadline.credibility",
          low: 0.45,
          high: 0.8,
          metricAtLow: 0.45,
          metricAtHigh: 0.66,
        },
        {
          input: "game.discount.us",
          low: 0.985,
          high: 0.995,
          metricAtLow: 0.53,
          metricAtHigh: 0.57,
        },
      ],
    },
  } as unknown as StrategyResult;
  const svg = reportTornadoChart(result, { source: "test data" }, nodeDocument());

  it("leads with the input of widest swing, in the metric's own unit (not %)", () => {
    expect(words(svg)).toContain(
      "strategy.deadline.credibility moves the US expected utility (share of the pie) the most (0.450 to 0.660)",
    );
    // Two bars per input: blue at the input's p5, red at its p95 (the subtitle names the colours).
    expect((svg.match(/<rect fill="#4e79a7"/g) ?? []).length).toBe(2);
    expect((svg.match(/<rect fill="#e15759"/g) ?? []).length).toBe(2);
  });

  it("matches its golden file", async () => {
    await expect(svg).toMatchFileSnapshot("../../test/output/report-tornado.svg");
  });
});
