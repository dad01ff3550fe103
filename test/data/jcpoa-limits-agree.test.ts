// The JCPOA's Annex I numbers live in three places: the clock's check (core/program), the legal
// clocks' sunsets (core/calendar) and the sourced data file. They must say the same thing.
import { describe, expect, it } from "vitest";
import { ANNEX_I_SUNSET_RULES, JCPOA_LIMITS } from "../../src/core/index.js";
import { loadRules } from "../../src/data/index.js";

const dataLimit = (id: string) => {
  const limit = loadRules().jcpoa.limits.find((l: { id: string }) => l.id === id);
  if (!limit) throw new Error(`data/jcpoa-rules.json has no limit '${id}'`);
  return limit as { values: Record<string, number>; durationYears: number };
};
const sunset = (id: string) => ANNEX_I_SUNSET_RULES.find((r) => r.id === id);

describe("JCPOA Annex I limits agree across the clock, the calendar and data/jcpoa-rules.json", () => {
  it("3.67 % for 15 years", () => {
    expect(JCPOA_LIMITS.maxAssay.value).toBe(dataLimit("enrichment_level").values.maxAssay);
    expect(sunset("enrichment_level")?.cap.value).toBe(JCPOA_LIMITS.maxAssay.value);
    expect(sunset("enrichment_level")?.years).toBe(dataLimit("enrichment_level").durationYears);
  });

  it("202.8 kgU (300 kg UF6) for 15 years", () => {
    expect(JCPOA_LIMITS.maxEnrichedKgU.value).toBe(dataLimit("leu_stockpile").values.maxKgU);
    expect(sunset("leu_stockpile")?.cap.value).toBe(JCPOA_LIMITS.maxEnrichedKgU.value);
    expect(sunset("leu_stockpile")?.years).toBe(dataLimit("leu_stockpile").durationYears);
  });

  it("5,060 IR-1 at Natanz for 10 years", () => {
    expect(JCPOA_LIMITS.maxIr1AtNatanz.value).toBe(
      dataLimit("natanz_centrifuges").values.maxInstalledMachines,
    );
    expect(sunset("natanz_centrifuges")?.cap.value).toBe(JCPOA_LIMITS.maxIr1AtNatanz.value);
    expect(sunset("natanz_centrifuges")?.years).toBe(dataLimit("natanz_centrifuges").durationYears);
  });

  it("no enrichment at Fordow", () => {
    expect(JCPOA_LIMITS.fordowEnriching.value).toBe(0);
    expect(sunset("fordow")?.cap.value).toBe(0);
  });
});
