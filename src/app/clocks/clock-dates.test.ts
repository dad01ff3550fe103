import { describe, expect, it } from "vitest";
import { UserError } from "../user-error.js";
import { dateOption, notBefore } from "./clock-dates.js";

describe("dateOption(flag, text)", () => {
  it("returns the ISO date", () => {
    expect(dateOption("--from", "2021-12-31")).toBe("2021-12-31");
  });

  it.each(["2021-13-01", "yesterday", "31/12/2021"])(
    "rejects %j with a UserError naming --from and YYYY-MM-DD",
    (text) => {
      expect(() => dateOption("--from", text)).toThrow(UserError);
      expect(() => dateOption("--from", text)).toThrow(/--from: .*YYYY-MM-DD/);
    },
  );
});

describe("notBefore(flag, date, first, why)", () => {
  it("accepts the first day and rejects the day before, naming the range", () => {
    expect(() => notBefore("--from", "2015-07-14", "2015-07-14", "JCPOA")).not.toThrow();
    expect(() => notBefore("--from", "2015-07-13", "2015-07-14", "JCPOA")).toThrow(
      /--from: 2015-07-13 is before 2015-07-14/,
    );
  });
});
