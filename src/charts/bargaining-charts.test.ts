import { describe, expect, it } from "vitest";
import type { StrategyResult } from "../core/index.js";
import { bargainingChartsSvg } from "./bargaining-charts.js";
import { nodeDocument } from "./node-document.js";

// Fixed results (not a model run), so the goldens change only when the chart specs do.
function result(name: string, pDeal: number, pSnapback: number, pStrike: number): StrategyResult {
  const pDelay = Math.round((1 - pDeal - pSnapback - pStrike) * 1000) / 1000;
  return {
    name,
    seed: 42,
    configHash: "0123456789abcdef",
    samples: 1000,
    pDeal,
    pDelay,
    pBreakdown: { snapback: pSnapback, strike: pStrike },
    pStrike,
    pPowellWar: 0,
    pDealBy: pDeal * 0.9,
    dealByWeek: 17,
    pDealByWeek: Array.from({ length: 20 }, (_, t) => pDeal * Math.min(1, (t + 1) / 10)),
    terms: { p5: 0.3, p50: 0.4, p95: 0.5 },
    dealWeek: { p5: 0, p50: 3, p95: 9 },
    utility: { us: 0.4, iran: 0.5 },
    counts: { deal: pDeal * 1000, delay: pDelay * 1000, breakdown: {}, failed: 0 },
    tornado: {
      metric: "P(deal by week 17)",
      base: 0.6,
      rows: [
        {
          input: "statusQuo.iran.leverageGain",
          low: 0.5,
          high: 0.8,
          metricAtLow: 0.8,
          metricAtHigh: 0.4,
        },
        { input: "discount.us", low: 0.98, high: 0.99, metricAtLow: 0.55, metricAtHigh: 0.65 },
      ],
    },
  };
}

const results = [
  result("open-ended talks", 0.6, 0.1, 0.05),
  result("year-end deadline", 0.8, 0.15, 0.0),
];
const charts = bargainingChartsSvg(
  results,
  { tornadoFor: "open-ended talks", start: "2021-11-29" },
  nodeDocument(),
);

describe("bargaining charts", () => {
  it("bargainingOutcomesChart states the likeliest deal and stacks one bar per outcome and strategy", async () => {
    expect(charts.outcomes).toContain(
      "'year-end deadline' is the likeliest to end in a deal (80%)",
    );
    // 2 strategies × (deal, delay, 2 breakdowns) = 8 segments.
    expect(charts.outcomes.match(/<rect/g)?.length).toBe(1 + 8);
    await expect(charts.outcomes).toMatchFileSnapshot("../../test/output/bargaining-outcomes.svg");
  });

  it("bargainingTornadoChart leads with the input of widest swing, two bars per input", async () => {
    // The title may wrap onto several <text> lines: read the chart's words, not its markup.
    const words = charts.tornado.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(words).toContain("statusQuo.iran.leverageGain moves P(deal by week 17)");
    expect(charts.tornado).toContain("(80% to 40%)");
    expect(charts.tornado.match(/<rect fill="#(4e79a7|e15759)"/g)?.length).toBe(4);
    await expect(charts.tornado).toMatchFileSnapshot("../../test/output/bargaining-tornado.svg");
  });

  it("bargainingDealByWeekChart draws one line per strategy with a legend", async () => {
    expect(charts.dealByWeek).toContain("Weeks from 2021-11-29");
    expect(charts.dealByWeek.match(/<path/g)?.length).toBeGreaterThanOrEqual(2);
    expect(charts.dealByWeek).toContain(">year-end deadline<");
    await expect(charts.dealByWeek).toMatchFileSnapshot(
      "../../test/output/bargaining-deal-by-week.svg",
    );
  });
});
