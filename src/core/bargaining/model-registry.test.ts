// One suite over every closed form the user can evaluate: its vectors through evaluateModel (to
// 1e−6), finite outputs within their declared bounds on random valid inputs, and input checking.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeInput, evaluateModel, listModels, modelResultJson } from "./model-evaluate.js";
import { CLOSED_FORMS, MODEL_REGISTRY } from "./model-registry.js";
import type { ModelInputSpec, ModelInputValue, ModelOutputValue } from "./model-types.js";

const TOLERANCE = 1e-6;

function expectClose(name: string, got: ModelOutputValue, want: ModelOutputValue) {
  if (typeof want === "number") {
    expect(typeof got, name).toBe("number");
    expect(Math.abs((got as number) - want), `${name}: got ${got}, want ${want}`).toBeLessThan(
      TOLERANCE,
    );
  } else if (Array.isArray(want)) {
    expect(Array.isArray(got), name).toBe(true);
    expect((got as unknown[]).length, name).toBe(want.length);
    want.forEach((w, i) => {
      expectClose(
        `${name}[${i}]`,
        (got as unknown[])[i] as ModelOutputValue,
        w as ModelOutputValue,
      );
    });
  } else expect(got, name).toEqual(want);
}

/** A random value in an input's allowed range (open ends kept off by 1e−6). */
function arbitraryInput(spec: ModelInputSpec): fc.Arbitrary<ModelInputValue> {
  const eps = spec.open ? 1e-6 * (spec.high - spec.low) : 0;
  const one: fc.Arbitrary<number> = spec.integer
    ? fc.integer({ min: spec.low, max: Math.min(spec.high, 60) })
    : fc.double({ min: spec.low + eps, max: spec.high - eps, noNaN: true });
  if (spec.list) return fc.array(one, { minLength: spec.list.minLength, maxLength: 30 });
  return spec.infinite ? fc.oneof(one, fc.constant(Number.POSITIVE_INFINITY)) : one;
}

describe.each(MODEL_REGISTRY)("model $id ($source)", (model) => {
  it.each(model.vectors)("reproduces its vector ($source)", ({ inputs, expected }) => {
    const r = evaluateModel(model.id, inputs);
    if (!r.ok) throw new Error(r.message);
    for (const [name, want] of Object.entries(expected))
      expectClose(name, r.result.outputs[name], want);
  });

  it("declares every input with a description and an in-range default, and every output it returns", () => {
    for (const spec of model.inputs) {
      expect(spec.description.length).toBeGreaterThan(0);
      if (spec.default !== undefined && typeof spec.default === "number") {
        expect(spec.default).toBeGreaterThanOrEqual(spec.low);
        expect(spec.default).toBeLessThanOrEqual(spec.high);
        expect(spec.defaultSource).toBeTruthy();
      }
    }
    const r = evaluateModel(model.id, model.vectors[0].inputs);
    if (!r.ok) throw new Error(r.message);
    expect(Object.keys(r.result.outputs).sort()).toEqual(model.outputs.map((o) => o.name).sort());
  });

  it("gives finite outputs within their bounds on random valid inputs", () => {
    const arbitraries = Object.fromEntries(
      model.inputs.map((spec) => [
        spec.name,
        spec.optional || spec.default !== undefined
          ? fc.option(arbitraryInput(spec), { nil: undefined })
          : arbitraryInput(spec),
      ]),
    );
    fc.assert(
      fc.property(fc.record(arbitraries), (drawn) => {
        const inputs = Object.fromEntries(
          Object.entries(drawn).filter(([, v]) => v !== undefined),
        ) as Record<string, ModelInputValue>;
        const r = evaluateModel(model.id, inputs);
        if (!r.ok) {
          // Only a condition across inputs may refuse a value drawn from its own range.
          expect(model.check).toBeDefined();
          return;
        }
        for (const spec of model.outputs) {
          const got = r.result.outputs[spec.name];
          if (got === null) {
            expect(spec.nullable, `${spec.name} is null`).toBe(true);
            continue;
          }
          const numbers = (Array.isArray(got) ? got : [got]).filter((x) => typeof x === "number");
          for (const x of numbers as number[]) {
            expect(Number.isNaN(x), spec.name).toBe(false);
            if (spec.high !== Number.POSITIVE_INFINITY)
              expect(Number.isFinite(x), spec.name).toBe(true);
            expect(x, spec.name).toBeGreaterThanOrEqual((spec.low ?? -Infinity) - 1e-9);
            expect(x, spec.name).toBeLessThanOrEqual((spec.high ?? Infinity) + 1e-9);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("the registry", () => {
  it("keeps version 1's ids and holds the closed forms of version 2 under their fixed ids", () => {
    const ids = MODEL_REGISTRY.map((m) => m.id);
    for (const m of CLOSED_FORMS) expect(ids).toContain(m.name);
    for (const id of [
      "screening",
      "reputation",
      "credibility",
      "kreps-wilson",
      "powell-kstep",
      "ratification-learning",
      "detection",
      "deadline-screening",
    ])
      expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("fixes the input and output names of version 2's models", () => {
    const names = (id: string) => {
      const m = MODEL_REGISTRY.find((x) => x.id === id);
      return { inputs: m?.inputs.map((s) => s.name), outputs: m?.outputs.map((o) => o.name) };
    };
    expect(names("screening")).toEqual({
      inputs: ["delta", "rounds"],
      outputs: ["cutoff", "firstPrice", "usValue", "pDealFirstRound", "expectedDelayRounds"],
    });
    expect(names("reputation").inputs?.slice(0, 7)).toEqual([
      "r1",
      "r2",
      "a1",
      "a2",
      "z1",
      "z2",
      "t",
    ]);
    expect(names("reputation").outputs?.slice(0, 9)).toEqual([
      "lambda1",
      "lambda2",
      "T0",
      "c1",
      "c2",
      "u1",
      "u2",
      "pImpasse",
      "pNoAgreementAt",
    ]);
    expect(names("credibility")).toEqual({
      inputs: ["mu0", "qR", "qB", "slips"],
      outputs: ["credibility", "muResolute"],
    });
    expect(names("kreps-wilson")).toEqual({
      inputs: ["p", "b", "stages"],
      outputs: ["entrant", "weakFights", "pFight", "reputation"],
    });
    expect(names("powell-kstep")).toEqual({
      inputs: ["delta", "cD", "cR", "q"],
      outputs: ["lhsMax", "atK", "rhs", "war", "oneStepLhs"],
    });
    expect(names("ratification-learning")).toEqual({
      inputs: ["low", "high", "dA"],
      outputs: ["firstShare", "firstProbability", "secondShare", "secondProbability"],
    });
    expect(names("detection")).toEqual({
      inputs: ["G", "cR", "k", "L", "cD", "p"],
      outputs: ["sigmaRace", "blindStrike", "pWar", "pMistakenWar", "pBomb"],
    });
    expect(names("deadline-screening")).toEqual({
      inputs: ["credibility", "warCostIran", "usStrikeValue", "usStatusQuo"],
      outputs: ["cutoff", "offer", "pDeal", "pStrike", "pStatusQuo", "usValue"],
    });
  });

  it("lists every model with its inputs' allowed values", () => {
    const list = listModels();
    expect(list).toHaveLength(MODEL_REGISTRY.length);
    const screening = list.find((m) => m.id === "screening");
    expect(screening?.inputs.map((i) => i.allowed)).toEqual([
      "a number in (0, 1)",
      "a whole number from 1 to 100000, or inf",
    ]);
  });
});

describe("evaluateModel refuses bad input with one line that names the key and its range", () => {
  const refuse = (id: string, raw: Record<string, string>) => {
    const r = evaluateModel(id, raw);
    expect(r.ok).toBe(false);
    const message = r.ok ? "" : r.message;
    expect(message).not.toMatch(/\n/);
    return message;
  };

  it("an unknown model, listing the known ones", () => {
    expect(refuse("rubenstein", {})).toMatch(
      /unknown model "rubenstein"; the models are: rubinstein, /,
    );
  });

  it("an unknown key, listing the model's inputs", () => {
    expect(refuse("screening", { delta: "0.9", round: "2" })).toBe(
      'model screening has no input "round"; its inputs are: delta, rounds',
    );
  });

  it("a missing input", () => {
    expect(refuse("screening", { delta: "0.9" })).toBe(
      "model screening: missing input rounds (a whole number from 1 to 100000, or inf): set it with --set rounds=…",
    );
  });

  it("a value out of range, not a number, not whole, or a bad list", () => {
    expect(refuse("screening", { delta: "1", rounds: "2" })).toBe(
      'model screening: delta must be a number in (0, 1), got "1"',
    );
    expect(refuse("screening", { delta: "abc", rounds: "2" })).toMatch(
      /delta must be a number in \(0, 1\), got "abc"/,
    );
    expect(refuse("screening", { delta: "0.9", rounds: "2.5" })).toMatch(
      /rounds must be a whole number from 1 to 100000, or inf/,
    );
    expect(refuse("powell-kstep", { delta: "0.9", cD: "1", cR: "1", q: "0.1,x" })).toMatch(
      /q must be a comma-separated list of 2 to 10000 numbers, each in \[0, 1\], got "0.1,x"/,
    );
    expect(refuse("powell-kstep", { delta: "0.9", cD: "1", cR: "1", q: "0.1" })).toMatch(
      /q must be a comma-separated list of 2/,
    );
    expect(refuse("credibility", { mu0: "0.5", qR: "0.8", qB: "0.1", slips: "inf" })).toMatch(
      /slips must be a whole number from 0 to 10000, got "inf"/,
    );
  });

  it("a condition across inputs", () => {
    expect(
      refuse("reputation", { r1: "1", r2: "1", a1: "0.4", a2: "0.5", z1: "0.1", z2: "0.1" }),
    ).toBe("model reputation: a1 + a2 must exceed 1 (incompatible demands)");
  });

  it("accepts lists, inf, defaults and optional inputs", () => {
    const r = evaluateModel("screening", { delta: "0.9", rounds: "inf" });
    expect(r.ok && modelResultJson(r.result)).toEqual({
      model: "screening",
      inputs: { delta: 0.9, rounds: "inf" },
      outputs: expect.objectContaining({ expectedDelayRounds: expect.any(Number) }),
    });
    const rep = evaluateModel("reputation", {
      r1: "0.1",
      r2: "0.1",
      a1: "0.7",
      a2: "0.7",
      z1: "0.1",
      z2: "0.1",
    });
    expect(rep.ok && rep.result.inputs).toEqual({
      r1: 0.1,
      r2: 0.1,
      a1: 0.7,
      a2: 0.7,
      z1: 0.1,
      z2: 0.1,
      o1: 0,
      o2: 0,
    });
    expect(rep.ok && rep.result.outputs.pNoAgreementAt).toBe(null);
  });

  it("describes each kind of range", () => {
    expect(describeInput({ name: "x", description: "", low: 0, high: 1 })).toBe(
      "a number in [0, 1]",
    );
  });
});
