import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseKtabCsv } from "../ktab-csv.js";
import { runSmp, type SmpResult } from "./run-smp.js";

// Reference values: KTAB's `smpc` (github.com/KAPSARC/KTAB, commit 3b5b063) on SOE-Pol-Comp
// (13 actors × 2 dimensions) at default settings, deterministic: its log, i.e. the run of KTAB's
// own reference log examples/smp/doc/20170530_ref-SOE-Pol-Comp.txt. KTAB prints p, P(win), gains
// and queue probabilities to 4 (10 where noted) decimals and positions on 0–100 to 2.
const names = ["XJ", "LK", "ZG", "MK", "LH", "XS", "NEA", "MLR", "MEP", "MOF", "SHX", "HLJ", "WY"];
const turn0P = [
  0.3724, 0.0006, 0.012, 0.2139, 0.0001, 0.0, 0.0006, 0.0002, 0.012, 0.2838, 0.029, 0.0754, 0.0,
];
const turn0R = [
  1.0, -0.498, -0.452, 0.362, -0.5, -0.5, -0.497, -0.499, -0.452, 0.643, -0.383, -0.196, -0.5,
];
const finalPositions = [
  [43.2, 43.3],
  [43.2, 43.3],
  [38.7, 28.8],
  [38.6, 28.8],
  [38.7, 28.8],
  [38.6, 29.5],
  [38.7, 29.0],
  [38.7, 29.0],
  [38.7, 28.9],
  [38.8, 30.7],
  [38.8, 30.8],
  [38.8, 30.8],
  [15.0, 60.0],
];

/**
 * One actor's turn in KTAB's log: its target, P(win) and gain; its side of its own bargain; the
 * option its queue carried out ("" = status quo) with that option's probability; its new position.
 */
type Row = [string, string, number, number, number[], string, number, number[]];

// Turn 0 (state 0 → 1).
const turn0: Row[] = [
  ["XJ", "SHX", 0.7676, 0.0456, [34.83, 22.5], "", 0.5458, [30.0, 20.0]],
  ["LK", "XS", 0.8974, 0.4826, [44.8, 64.57], "LK→XS", 0.5951, [44.8, 64.57]],
  ["ZG", "SHX", 0.7913, 0.2639, [32.85, 16.27], "", 0.5803, [30.0, 15.0]],
  ["MK", "MEP", 0.9361, 0.1977, [44.89, 44.98], "MK→MEP", 0.6143, [44.89, 44.98]],
  ["LH", "XS", 0.8682, 0.492, [49.59, 64.44], "LH→XS", 0.5847, [49.59, 64.44]],
  ["XS", "MEP", 0.1164, 0.0359, [29.63, 14.73], "MOF→XS", 0.4645, [42.94, 38.75]],
  ["NEA", "XS", 0.9768, 0.0714, [20.0, 15.0], "NEA→XS", 0.6333, [20.0, 15.0]],
  ["MLR", "NEA", 0.8965, 0.4244, [59.72, 49.81], "MLR→NEA", 0.5402, [59.72, 49.81]],
  ["MEP", "XS", 0.8849, 0.152, [29.64, 14.74], "MEP→XS", 0.5179, [29.64, 14.74]],
  ["MOF", "XS", 0.7667, 0.1157, [42.94, 38.75], "MOF→XS", 0.7577, [42.94, 38.75]],
  ["SHX", "MEP", 0.9113, 0.34, [49.93, 49.96], "SHX→MEP", 0.3684, [49.93, 49.96]],
  ["HLJ", "XS", 0.9322, 0.1448, [19.99, 29.93], "HLJ→XS", 0.8244, [19.99, 29.93]],
  ["WY", "MEP", 0.9602, 0.4215, [15.01, 59.99], "", 0.5732, [15.0, 60.0]],
];

// Turn 1 (state 1 → 2), with p and R at its start.
const turn1P = [
  0.1377, 0.0004, 0.0047, 0.166, 0.0001, 0.324, 0.0, 0.0001, 0.0004, 0.324, 0.0198, 0.0229, 0.0,
];
const turn1R = [
  0.138, -0.498, -0.478, 0.269, -0.5, 1.0, -0.5, -0.5, -0.498, 1.0, -0.408, -0.394, -0.5,
];
const turn1: Row[] = [
  ["XJ", "SHX", 0.8956, 0.2054, [30.9, 20.4], "XJ→SHX", 0.5113, [30.9, 20.4]],
  ["LK", "NEA", 0.934, 0.458, [44.74, 64.42], "LK→NEA", 0.5106, [44.74, 64.42]],
  ["ZG", "XS", 0.9356, 0.2811, [30.07, 15.03], "", 0.5865, [30.0, 15.0]],
  ["MK", "MEP", 0.9335, 0.2169, [44.76, 44.96], "MK→MEP", 0.5741, [44.76, 44.96]],
  ["LH", "MEP", 0.9458, 0.4822, [49.57, 64.42], "", 0.536, [49.59, 64.44]],
  ["XS", "MEP", 0.7802, 0.0304, [42.26, 38.19], "NEA→XS", 0.5708, [39.66, 35.35]],
  ["NEA", "XS", 0.29, 0.0295, [39.66, 35.35], "NEA→XS", 0.3805, [39.66, 35.35]],
  ["MLR", "NEA", 0.8899, 0.4181, [59.4, 49.59], "MLR→NEA", 0.5204, [59.4, 49.59]],
  ["MEP", "NEA", 0.8394, 0.0929, [29.15, 14.77], "MK→MEP", 0.3267, [44.76, 44.96]],
  ["MOF", "NEA", 0.8117, 0.0417, [42.0, 38.16], "MOF→NEA", 0.6569, [42.0, 38.16]],
  ["SHX", "MEP", 0.9033, 0.3446, [49.85, 49.91], "SHX→MEP", 0.3715, [49.85, 49.91]],
  ["HLJ", "XS", 0.8033, 0.1815, [20.6, 30.25], "", 0.5648, [19.99, 29.93]],
  ["WY", "MEP", 0.9589, 0.422, [15.01, 59.99], "", 0.6155, [15.0, 60.0]],
];

function load(file: string) {
  const parsed = parseKtabCsv(readFileSync(`data/ktab/${file}`, "utf8"));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** A bargain's label in KTAB's log: "initiator→receiver", or "" for the status quo. */
function label(result: SmpResult, t: number, option: number | null): string {
  if (option === null) return "";
  const b = result.turns[t].bargains[option];
  return `${b.init}→${b.rcvr}`;
}

/** Actor `name`'s queue at turn t: label → probability, in queue order. */
function queue(result: SmpResult, t: number, name: string): [string, number][] {
  const q = result.turns[t].queues[names.indexOf(name)];
  return q.options.map((o, c) => [label(result, t, o) || "status quo", q.prob[c]]);
}

/** M(state s, state s−1) = Σᵢ ‖xᵢ − x′ᵢ‖ on the unit scale: the actors' moves in turn s. */
function mover(result: SmpResult) {
  const unit = result.rounds.map((r) => r.map((p) => p.map((x) => x / 100)));
  return (s: number) =>
    unit[s].reduce((sum, p, i) => sum + Math.hypot(...p.map((x, k) => x - unit[s - 1][i][k])), 0);
}

/** |x − y| ≤ half a unit in the last printed decimal (plus rounding slack). */
const within = (x: number, y: number, decimals: number) =>
  expect(Math.abs(x - y)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);

function checkTurn(result: SmpResult, t: number, rows: Row[]) {
  const turn = result.turns[t];
  for (const [name, target, pWin, gain, bargain, carried, pCarried, after] of rows) {
    const i = names.indexOf(name);
    const c = turn.challenges[i];
    expect(c?.target, `${name}'s target`).toBe(target);
    within(c?.pWin ?? Number.NaN, pWin, 4);
    within(c?.gain ?? Number.NaN, gain, 4);
    const own = turn.bargains.find((b) => b.init === name);
    own?.posInit.forEach((x, k) => {
      within(x, bargain[k], 2);
    });
    expect(label(result, t, turn.chosen[i]), `${name} carried out`).toBe(carried);
    const q = turn.queues[i];
    within(q.prob[q.options.indexOf(turn.chosen[i])], pCarried, 4);
    result.rounds[t + 1][i].forEach((x, k) => {
      within(x, after[k], 2);
    });
  }
}

describe("runSmp on KTAB's SOE-Pol-Comp", () => {
  const input = load("SOE-Pol-Comp.csv");
  const result = runSmp(input.actors, input.dimensions);

  it("reads the 13 actors in KTAB's order", () => {
    expect(result.actorNames).toEqual(names);
  });

  it("turn-0 p matches KTAB to 4 decimals", () => {
    result.turns[0].prob.forEach((p, i) => {
      expect(Math.abs(p - turn0P[i])).toBeLessThan(0.00005);
    });
  });

  it("turn-0 R matches KTAB to 3 decimals", () => {
    result.turns[0].bigR.forEach((r, i) => {
      expect(Math.abs(r - turn0R[i])).toBeLessThan(0.0005);
    });
  });

  it("turn 0 matches KTAB's 10-decimal values: p(XJ), R(MK), XJ→SHX's P(win) and gain", () => {
    const t0 = result.turns[0];
    within(t0.prob[0], 0.3724128585, 10);
    within(t0.bigR[3], 0.3615911857, 10);
    within(t0.challenges[0]?.pWin ?? 0, 0.767577154, 10);
    within(t0.challenges[0]?.gain ?? 0, 0.0456014188, 10);
  });

  it("turn 0: every target, P(win), gain, bargain, carried-out option and new position", () => {
    checkTurn(result, 0, turn0);
  });

  it("turn 0: SHX→MEP gives the two sides different points (ε = 1e-6 of the interpolation)", () => {
    const shx = result.turns[0].bargains.find((b) => b.init === "SHX");
    expect(shx?.rcvr).toBe("MEP");
    shx?.posInit.forEach((x, k) => {
      within(x, [49.93, 49.96][k], 2);
    });
    shx?.posRcvr.forEach((x, k) => {
      within(x, [49.93, 49.95][k], 2);
    });
  });

  it("turn 0: the queues with more than two options, in queue order", () => {
    const expected: Record<string, [string, number][]> = {
      XS: [
        ["status quo", 0.0001],
        ["LK→XS", 0.0967],
        ["LH→XS", 0.0394],
        ["XS→MEP", 0.0173],
        ["NEA→XS", 0.0187],
        ["MEP→XS", 0.137],
        ["MOF→XS", 0.4645],
        ["HLJ→XS", 0.2264],
      ],
      NEA: [
        ["status quo", 0.0453],
        ["NEA→XS", 0.6333],
        ["MLR→NEA", 0.3214],
      ],
      MEP: [
        ["status quo", 0.0051],
        ["MK→MEP", 0.2689],
        ["XS→MEP", 0.0655],
        ["MEP→XS", 0.5179],
        ["SHX→MEP", 0.1343],
        ["WY→MEP", 0.0084],
      ],
      SHX: [
        ["status quo", 0.2598],
        ["XJ→SHX", 0.2664],
        ["ZG→SHX", 0.1054],
        ["SHX→MEP", 0.3684],
      ],
    };
    for (const [name, options] of Object.entries(expected)) {
      const got = queue(result, 0, name);
      expect(got.map(([l]) => l)).toEqual(options.map(([l]) => l));
      got.forEach(([, p], c) => {
        within(p, options[c][1], 4);
      });
    }
    const sizes = names.map((n) => queue(result, 0, n).length);
    expect(sizes.filter((s) => s > 2)).toHaveLength(4);
  });

  it("turn 1: p and R (XS and MOF share a position, so both have R = +1)", () => {
    result.turns[1].prob.forEach((p, i) => {
      within(p, turn1P[i], 4);
    });
    result.turns[1].bigR.forEach((r, i) => {
      within(r, turn1R[i], 3);
    });
  });

  it("turn 1: every target, P(win), gain, bargain, carried-out option and new position", () => {
    checkTurn(result, 1, turn1);
  });

  it("runs 28 states, as KTAB counts them", () => {
    expect(result.states).toBe(28);
  });

  it("stops at the 27th turn, with ratio 0.0083 against M(state 1, state 0) + 1e-4 = 0.44723", () => {
    // KTAB prints both figures.
    const move = mover(result);
    const first = move(1) + 1e-4;
    within(first, 0.44723, 5);
    within(move(27) / first, 0.0083, 4);
    for (let s = 2; s < 27; s++) expect(move(s) / first).toBeGreaterThanOrEqual(0.02);
  });

  it("nobody ever targets WY, and WY never moves", () => {
    for (const turn of result.turns)
      expect(turn.challenges.map((c) => c?.target)).not.toContain("WY");
    for (const r of result.rounds) expect(r[12]).toEqual([15, 60]);
  });

  it("every final position matches KTAB to 0.1", () => {
    names.forEach((name, i) => {
      result.finalPositions[name].forEach((x, k) => {
        expect(Math.abs(x - finalPositions[i][k])).toBeLessThanOrEqual(0.05 + 1e-9);
      });
    });
  });
});

describe("runSmp on KTAB's dummyData_3Dim", () => {
  it("runs 11 states, as in KTAB's reference log 20170530_ref-dummyData_3Dim.txt", () => {
    const input = load("dummyData_3Dim.csv");
    expect(runSmp(input.actors, input.dimensions).states).toBe(11);
  });
});

describe.each([
  "SOE-Competitive.csv",
  "SOE-Policy.csv",
  "dummyData-a040.csv",
  "dummyData_3Dim.csv",
])("runSmp on KTAB's %s", (file) => {
  const input = load(file);
  const result = runSmp(input.actors, input.dimensions);

  it("converges before KTAB's 100-turn cap with positions inside 0–100", () => {
    expect(result.converged).toBe(true);
    expect(result.states).toBeLessThan(101);
    for (const xs of Object.values(result.finalPositions))
      for (const x of xs) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(100);
      }
  });

  it("moves actors only to their side of a bargain they are party to, on KTAB's 0.01 grid", () => {
    result.turns.forEach((turn, t) => {
      turn.chosen.forEach((option, i) => {
        const to = result.rounds[t + 1][i];
        if (option === null) {
          expect(to).toEqual(result.rounds[t][i]);
          return;
        }
        const b = turn.bargains[option];
        expect([b.init, b.rcvr]).toContain(result.actorNames[i]);
        expect(to).toEqual(b.init === result.actorNames[i] ? b.posInit : b.posRcvr);
        for (const x of to) expect(Math.abs(x * 100 - Math.round(x * 100))).toBeLessThan(1e-6);
      });
    });
  });

  it("stops at the first turn s ≥ 2 whose move is under 2 % of the first turn's (+1e-4)", () => {
    const move = mover(result);
    const last = result.states - 1;
    const first = move(1) + 1e-4;
    expect(move(last) / first).toBeLessThan(0.02);
    for (let s = 2; s < last; s++) expect(move(s) / first).toBeGreaterThanOrEqual(0.02);
  });
});
