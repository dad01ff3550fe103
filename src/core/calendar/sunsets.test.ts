import { describe, expect, it } from "vitest";
import { sunsets } from "./sunsets.js";

const inForce = (asOf: string) => Object.fromEntries(sunsets(asOf).map((s) => [s.id, s.inForce]));

describe("sunsets(asOf): Annex I limits counted from Implementation Day (16 Jan 2016)", () => {
  it("has all four limits in force on 2024-01-01", () => {
    expect(inForce("2024-01-01")).toEqual({
      enrichment_level: true,
      leu_stockpile: true,
      natanz_centrifuges: true,
      fordow: true,
    });
  });

  it("has the 10-year Natanz cap lifted by 2026-02-01 and the 15-year limits still on", () => {
    expect(inForce("2026-02-01")).toEqual({
      enrichment_level: true,
      leu_stockpile: true,
      natanz_centrifuges: false,
      fordow: true,
    });
  });

  it("lifts the 10-year cap on the anniversary, 16 Jan 2026, and the 15-year ones on 16 Jan 2031", () => {
    const byId = Object.fromEntries(sunsets("2026-01-15").map((s) => [s.id, s]));
    expect(byId.natanz_centrifuges).toMatchObject({ inForce: true, daysLeft: 1 });
    expect(byId.natanz_centrifuges.liftedOn).toBe("2026-01-16");
    expect(byId.fordow.liftedOn).toBe("2031-01-16");
    expect(inForce("2026-01-16").natanz_centrifuges).toBe(false);
  });

  it("has none in force before Implementation Day", () => {
    expect(Object.values(inForce("2016-01-15")).some(Boolean)).toBe(false);
  });

  it("carries the caps: 3.67 % as an assay, 202.8 kgU, 5,060 IR-1", () => {
    const caps = Object.fromEntries(sunsets("2020-01-01").map((s) => [s.id, s.cap.value]));
    expect(caps).toMatchObject({
      enrichment_level: 0.0367,
      leu_stockpile: 202.8,
      natanz_centrifuges: 5060,
    });
  });
});
