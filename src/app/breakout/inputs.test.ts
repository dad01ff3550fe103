import { describe, expect, it } from "vitest";
import { MACHINE_TYPES } from "../../../test/fixtures/breakout-states.js";
import { UserError } from "../user-error.js";
import { breakoutInputs } from "./inputs.js";

const fails = (opts: Parameters<typeof breakoutInputs>[0]) => () =>
  breakoutInputs(opts, MACHINE_TYPES);

describe("breakoutInputs rejects bad values before any work, naming the option and its range", () => {
  it.each([
    [{ stock: ["upTo20=-5"] }, /--stock upTo20: -5 kgU is out of range; allowed 0 to 10000000 kgU/],
    [{ stock: ["upTo20=abc"] }, /--stock upTo20: 'abc' is not a number/],
    [{ stock: ["upTo20"] }, /--stock: expected KEY=VALUE/],
    [{ stock: ["upTo99=5"] }, /--stock: unknown stock band 'upTo99'. Allowed: natural, upTo2/],
    [{ assay: ["upTo5=150"] }, /--assay upTo5: 150 % is out of range; allowed 0.1 to 99 %/],
    [{ tails: ["upTo60=30-20"] }, /--tails upTo60: low \(30 %\) must not exceed high \(20 %\)/],
    [
      { tails: ["upTo20=25-30"] },
      /--tails upTo20: tails \(25 %\) must be below the feed assay \(19.75 %\)/,
    ],
    [{ tails: ["upTo60=0-20"] }, /--tails upTo60: 0 % is out of range; allowed 0.01 to 99 %/],
    [{ tails: ["upTo60=ten-20"] }, /--tails upTo60: 'ten' is not a number/],
    [{ heuCascades: "x" }, /--heu-cascades: 'x' is not a number; expected 1 to 1000/],
    [
      { efficiency: ["ir1.heu=0.5-1.5"] },
      /--efficiency ir1.heu: '0.5-1.5' reaches outside the allowed range 0.01 to 1/,
    ],
    [{ efficiency: ["ir2.heu=0.5"] }, /--efficiency: unknown key 'ir2.heu'/],
    [{ machine: ["IR-9=4-7"] }, /--machine: unknown machine type 'IR-9'/],
    [{ machine: ["IR-6=7-4"] }, /--machine IR-6: low \(7\) must not exceed high \(4\)/],
    [{ setupDays: "-3" }, /--setup-days/],
    [{ fleet: ["Fordow:IR-6"] }, /--fleet: expected SITE:TYPE:MACHINES/],
    [{ fleet: ["Fordow:IR-6:-1"] }, /--fleet \(machines\): -1 is out of range/],
    [{ naturalKg: "-1" }, /--natural-kg: -1 kgU is out of range/],
    [{ stocks: "upTo20,plutonium" }, /--stocks: unknown stock band 'plutonium'/],
  ])("%j", (opts, message) => {
    expect(fails(opts)).toThrow(UserError);
    expect(fails(opts)).toThrow(message);
  });
});

describe("breakoutInputs turns options into assumptions", () => {
  it("reads tails in percent, bands by alias, and records what the user set", () => {
    const inputs = breakoutInputs(
      {
        tails: ["60=20-30"],
        stocks: "20,60",
        heuCascades: "all",
        efficiency: ["advanced.heu=0.9"],
      },
      MACHINE_TYPES,
    );
    expect(inputs.assumptions.tailsRange.upTo60).toEqual([0.2, 0.3]);
    expect(inputs.assumptions.stocksUsed).toEqual(["upTo20", "upTo60"]);
    expect(inputs.assumptions.heuCascades).toBeNull();
    expect(inputs.assumptions.efficiency.advanced.heu).toEqual({ kind: "point", value: 0.9 });
    expect([...inputs.userSet].sort()).toEqual([
      "efficiency.advanced.heu",
      "heuCascades",
      "stocksUsed",
      "tailsRange.upTo60",
    ]);
  });

  it("builds a user state from --stock and --fleet", () => {
    const inputs = breakoutInputs(
      { stock: ["upTo60=40"], fleet: ["covert:IR-6:664"] },
      MACHINE_TYPES,
    );
    expect(inputs.userState).toBe(true);
    const state = inputs.applyToState({
      label: "user",
      date: "2025-01-01",
      stocks: [],
      fleet: [],
      warnings: [],
    });
    expect(state.stocks).toEqual([
      expect.objectContaining({ band: "upTo60", kgU: 40, assay: 0.6 }),
    ]);
    expect(state.fleet[0]).toMatchObject({
      site: "covert",
      machineType: "IR-6",
      installedMachines: 664,
      machinesPerCascade: 166,
    });
  });
});
