import { describe, expect, it } from "vitest";
import { parseSettings, showNumber } from "./run-model.js";

describe("run-model helpers", () => {
  it("shows six decimals at most, but never a rounded whole number the value is not", () => {
    expect(showNumber(0.8461538461538464)).toBe("0.846154");
    expect(showNumber(0.3)).toBe("0.3");
    expect(showNumber(10)).toBe("10");
    expect(showNumber(Number.POSITIVE_INFINITY)).toBe("inf");
    expect(showNumber(0.99999996)).toBe("0.99999996");
    expect(showNumber(1.1102230246251565e-16)).toBe("1.110223025e-16");
  });

  it("splits key=value at the first =, and refuses a pair without a key", () => {
    expect(parseSettings(["q=0.1,0.2", "rounds=inf", "x=a=b"])).toEqual({
      q: "0.1,0.2",
      rounds: "inf",
      x: "a=b",
    });
    expect(() => parseSettings(["=1"])).toThrow(/--set "=1": expected key=value/);
  });
});
