import { describe, expect, it } from "vitest";
import { BARGAINING_CONFIG_SCHEMA } from "./config-schema.js";
import { bargainingChunks, mergeBargainingTallies, runBargainingChunk } from "./monte-carlo.js";
import { runBargainingTable } from "./run-table.js";

/** A small config (the schema's input form) with every lever in play. */
const SMALL_TABLE_CONFIG = BARGAINING_CONFIG_SCHEMA.parse({
  game: {
    horizonWeeks: 30,
    discount: { us: "0.97 to 0.99", iran: "0.98 to 0.995" },
    protocol: { kind: "random", pUs: 0.5, everyWeeks: 2 },
    breakout: {
      series: [
        { week: 0, breakoutDays: 21 },
        { week: 30, breakoutDays: 8 },
      ],
      scale: "0.8 to 1.2",
    },
    statusQuo: {
      us: { baseValue: "0.35 to 0.45", advanceCost: 0.2 },
      iran: { baseValue: 0.3, sanctionsCost: 0.2, leverageGain: "0.4 to 0.7" },
    },
    war: { costUs: 10, costIran: 20 },
    options: [
      { name: "snapback", owner: "us", credibility: "0.3 to 0.6", value: { us: 0.32, iran: 0.15 } },
      { name: "strike", owner: "us", kind: "strike", credibility: 0.3, setbackMonths: 24 },
      { name: "enrich-90", owner: "iran", credibility: 0.1, value: { us: 0.1, iran: 0.25 } },
    ],
    ratification: { low: 0.4, high: 0.65 },
    beliefs: {
      iran: { credibilityShift: "-0.3 to -0.1", leverageGrowth: "1 to 3", proposeOdds: 0.7 },
      us: { proposeOdds: 0.7 },
    },
  },
  strategies: [
    { name: "open-ended" },
    {
      name: "deadline",
      deadline: { week: 5, credibility: 0.7, option: "snapback" },
      ratification: true,
    },
  ],
});

describe("runBargainingChunk(task)", () => {
  it("counts every draw exactly once: deals + delays + breakdowns = draws", () => {
    const tally = runBargainingChunk({
      config: SMALL_TABLE_CONFIG,
      strategy: 1,
      seed: 3,
      chunk: 0,
      draws: 400,
    });
    const breakdowns = Object.values(tally.breakdowns).reduce((a, b) => a + b, 0);
    expect(tally.deals + tally.delays + breakdowns).toBe(400);
    expect(tally.failed).toBe(0);
    expect(tally.terms).toHaveLength(tally.deals);
  });

  it("gives the same tally for the same seed and chunk, and another for another chunk", () => {
    const task = { config: SMALL_TABLE_CONFIG, strategy: 0, seed: 9, chunk: 2, draws: 100 };
    expect(runBargainingChunk(task)).toEqual(runBargainingChunk(task));
    expect(runBargainingChunk({ ...task, chunk: 3 })).not.toEqual(runBargainingChunk(task));
  });
});

describe("bargainingChunks(samples, chunkSize)", () => {
  it("covers the samples with fixed-size chunks numbered from 0", () => {
    expect(bargainingChunks(600, 250)).toEqual([
      { chunk: 0, draws: 250 },
      { chunk: 1, draws: 250 },
      { chunk: 2, draws: 100 },
    ]);
  });
});

describe("runBargainingTable(config, options)", () => {
  it("has pDeal + pDelay + Σ pBreakdown = 1 and pStrike ≤ P(breakdown by a strike)", async () => {
    const results = await runBargainingTable(SMALL_TABLE_CONFIG, { samples: 600, seed: 5 });
    for (const r of results) {
      const total = r.pDeal + r.pDelay + Object.values(r.pBreakdown).reduce((a, b) => a + b, 0);
      expect(Math.abs(total - 1)).toBeLessThan(1e-12);
      expect(
        r.counts.deal +
          r.counts.delay +
          Object.values(r.counts.breakdown).reduce((a, b) => a + b, 0),
      ).toBe(600);
      expect(r.pStrike).toBe(r.pBreakdown.strike);
      expect(r.seed).toBe(5);
      expect(r.configHash).toMatch(/^[0-9a-f]{16}$/);
      if (r.terms) expect(r.terms.p5 <= r.terms.p50 && r.terms.p50 <= r.terms.p95).toBe(true);
    }
  });

  it("merges chunks in order, so the result does not depend on how the chunks are grouped", async () => {
    const config = SMALL_TABLE_CONFIG;
    const tasks = bargainingChunks(500, 100).map((c) => ({ config, strategy: 0, seed: 1, ...c }));
    const whole = mergeBargainingTallies(config, tasks.map(runBargainingChunk));
    const reversedRun = [...tasks].reverse().map(runBargainingChunk).reverse();
    expect(mergeBargainingTallies(config, reversedRun)).toEqual(whole);
  });

  it("ranks tornado inputs by swing and keeps the base between or near the ends", async () => {
    const [result] = await runBargainingTable(SMALL_TABLE_CONFIG, {
      samples: 100,
      seed: 2,
      tornadoSamples: 200,
    });
    const rows = result.tornado?.rows ?? [];
    expect(rows.map((r) => r.input)).toContain("statusQuo.iran.leverageGain");
    const swings = rows.map((r) => Math.abs(r.metricAtHigh - r.metricAtLow));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });
});
