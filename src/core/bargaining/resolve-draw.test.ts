import { describe, expect, it } from "vitest";
import { createRng } from "../rng.js";
import { BARGAINING_CONFIG_SCHEMA } from "./config-schema.js";
import { resolveGameDraw, rngDraw, uncertainInputs } from "./resolve-draw.js";

const config = BARGAINING_CONFIG_SCHEMA.parse({
  game: {
    horizonWeeks: 10,
    discount: { us: 0.99, iran: 0.99 },
    breakout: { series: [{ week: 0, breakoutDays: 21 }] },
    statusQuo: { us: { baseValue: 0.4 }, iran: { baseValue: 0.3 } },
    options: [
      { name: "snapback", owner: "us", credibility: "0.3 to 0.6", value: { us: 0.3, iran: 0.1 } },
      { name: "strike", owner: "us", kind: "strike", credibility: 0.2, setbackMonths: 12 },
    ],
    beliefs: { iran: { credibilityShift: -0.3, leverageGrowth: 2.5 } },
  },
  strategies: [
    { name: "base" },
    {
      name: "levers",
      deadline: { week: 3, credibility: 0.7, option: "snapback" },
      options: { strike: { enabled: false } },
      beliefs: { iran: { credibilityShift: -0.1 } },
    },
  ],
});

describe("resolveGameDraw(config, strategy, draw)", () => {
  it("applies a strategy's levers: its deadline, a disabled option, and only the beliefs it names", () => {
    const game = resolveGameDraw(config, 1, rngDraw(createRng(1)));
    expect(game.options.map((o) => o.name)).toEqual(["snapback"]);
    expect(game.deadline).toEqual({
      week: 3,
      credibility: 0.7,
      option: 0,
      slipWeeks: 4,
      decay: 0.5,
    });
    expect(game.beliefs.iran.credibilityShift).toBe(-0.1);
    expect(game.beliefs.iran.leverageGrowth).toBe(2.5); // kept from the game
    expect(game.options[0].setbackDays).toBe(0);
  });

  it("converts a strike's set-back from months to days and keeps the true proposal odds by default", () => {
    const game = resolveGameDraw(config, 0, rngDraw(createRng(1)));
    expect(game.options[1].setbackDays).toBeCloseTo(365.25, 9);
    expect(game.beliefs.us.proposeOdds).toBe(0.5);
    expect(game.deadline).toBeNull();
  });

  it("pins a tornado input without changing the other draws", () => {
    const free = resolveGameDraw(config, 0, rngDraw(createRng(4)));
    const pinned = resolveGameDraw(
      config,
      0,
      rngDraw(createRng(4), { path: "options.snapback.credibility", value: 0.9 }),
    );
    expect(pinned.options[0].credibility).toBe(0.9);
    expect({ ...pinned, options: [] }).toEqual({ ...free, options: [] });
    expect(uncertainInputs(config, 0).map((i) => i.path)).toEqual(["options.snapback.credibility"]);
  });
});
