import { describe, expect, it } from "vitest";
import { emissionActors } from "./bdm/emission-standards.fixture.js";
import { ACTOR_MODEL_IDS, ACTOR_MODELS } from "./registry.js";
import type { ActorSet } from "./types.js";

// A small two-dimensional case on KTAB's 0–100 scale that every model accepts.
const set: ActorSet = {
  dimensions: ["rollback", "relief"],
  actors: [
    { name: "A", capability: 40, position: [90, 20], salience: [0.6, 0.3] },
    { name: "B", capability: 30, position: [20, 90], salience: [0.3, 0.6] },
    { name: "C", capability: 20, position: [50, 50], salience: [0.5, 0.4] },
    { name: "D", capability: 10, position: [70, 40], salience: [0.2, 0.2] },
  ],
};

describe.each(ACTOR_MODEL_IDS)("actor model %s (conformance)", (id) => {
  const info = ACTOR_MODELS[id];
  const result = info.run(set);

  it("returns one forecast per dimension and a trajectory for every actor", () => {
    expect(result.forecast).toHaveLength(2);
    expect(result.rounds[0]).toEqual(set.actors.map((a) => a.position));
    for (const r of result.rounds) expect(r).toHaveLength(set.actors.length);
    expect(result.meanByRound).toHaveLength(result.rounds.length);
    expect(result.rounds.flat(2).every(Number.isFinite)).toBe(true);
  });

  it("is deterministic: the same input gives the same numbers", () => {
    expect(info.run(set)).toEqual(result);
  });

  it("keeps every position within the initial range when it declares staysInRange", () => {
    if (!info.staysInRange) return;
    for (let k = 0; k < 2; k++) {
      const xs = set.actors.map((a) => a.position[k]);
      for (const r of result.rounds)
        for (const p of r) {
          expect(p[k]).toBeGreaterThanOrEqual(Math.min(...xs) - 1e-9);
          expect(p[k]).toBeLessThanOrEqual(Math.max(...xs) + 1e-9);
        }
    }
  });

  it("does not depend on the order of the actors when it declares orderInvariant", () => {
    if (!info.orderInvariant) return;
    const reversed = info.run({ ...set, actors: [...set.actors].reverse() });
    reversed.forecast.forEach((f, k) => {
      expect(f).toBeCloseTo(result.forecast[k], 9);
    });
  });

  it("moves no one when all actors agree", () => {
    const agreed = info.run({
      ...set,
      actors: set.actors.map((a) => ({ ...a, position: [60, 30] })),
    });
    expect(agreed.forecast[0]).toBeCloseTo(60, 9);
    expect(agreed.forecast[1]).toBeCloseTo(30, 9);
    expect(agreed.rounds.length).toBeLessThanOrEqual(info.iterative ? 3 : 1);
  });

  it("declares iterative exactly when positions can move", () => {
    const moved = result.rounds.some((r) =>
      r.some((p, i) => p.some((x, k) => x !== set.actors[i].position[k])),
    );
    if (!info.iterative) expect(moved).toBe(false);
  });
});

describe("published values through the registry", () => {
  const emissions: ActorSet = { dimensions: ["years"], actors: emissionActors };
  it("mean gives μ₀ = 7.389955686853767 and median gives 7 (table.md §3)", () => {
    expect(ACTOR_MODELS.mean.run(emissions).forecast[0]).toBeCloseTo(7.389955686853767, 14);
    expect(ACTOR_MODELS.median.run(emissions).forecast[0]).toBe(7);
  });
});
