import { describe, expect, it } from "vitest";
import { MACHINE_TYPES } from "../../../test/fixtures/breakout-states.js";
import type { Dist } from "../uncertain/index.js";
import { DEFAULT_BASIS, defaultAssumptions } from "./defaults.js";

const bounds = (d: Dist) => (d.kind === "to" || d.kind === "uniform" ? [d.low, d.high] : []);
const pct = (x: number) => `${+(x * 100).toPrecision(3)}`;

describe("DEFAULT_BASIS says the same ranges as the defaults it explains", () => {
  const a = defaultAssumptions(MACHINE_TYPES);
  it.each([
    ["uptime", a.uptime],
    ["efficiency.ir1.leu", a.efficiency.ir1.leu],
    ["efficiency.ir1.heu", a.efficiency.ir1.heu],
    ["efficiency.advanced.leu", a.efficiency.advanced.leu],
    ["efficiency.advanced.heu", a.efficiency.advanced.heu],
    ["setupDays", a.setupDays],
    ["reconfigurationDays", a.reconfigurationDays],
  ] as const)("%s", (name, dist) => {
    const [low, high] = bounds(dist);
    expect(DEFAULT_BASIS[name]).toMatch(new RegExp(`^${low} to ${high}\\b`));
  });

  it.each(Object.entries(a.tailsRange))("tailsRange.%s", (band, [low, high]) => {
    expect(DEFAULT_BASIS[`tailsRange.${band}`]).toMatch(new RegExp(`^${pct(low)}–${pct(high)} %`));
  });

  it("heuCascades", () => {
    expect(DEFAULT_BASIS.heuCascades).toMatch(new RegExp(`^${a.heuCascades}:`));
  });
});
