import { describe, expect, it } from "vitest";
import { point, to } from "../uncertain/index.js";
import { centralActors, runActorsMonteCarlo, type UncertainActorSet } from "./monte-carlo.js";

const set: UncertainActorSet = {
  dimensions: ["x"],
  positionRange: [0, 100],
  actors: [
    { name: "A", capability: to(20, 40), position: [point(10)], salience: [point(0.8)] },
    { name: "B", capability: point(30), position: [to(60, 90)], salience: [point(0.5)] },
  ],
};

describe("runActorsMonteCarlo(set, model, settings, draws, seed)", () => {
  it("is deterministic for a seed, byte for byte", () => {
    const a = runActorsMonteCarlo(set, "bdm", {}, 50, 7);
    const b = runActorsMonteCarlo(set, "bdm", {}, 50, 7);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("gives a spread when inputs are uncertain and none when they are not", () => {
    const mc = runActorsMonteCarlo(set, "mean", {}, 200, 1);
    const s = mc.forecast[0];
    expect(s.p5).toBeLessThan(s.p95);
    const fixed = runActorsMonteCarlo({ ...set, actors: [set.actors[1]] }, "mean", {}, 20, 1);
    expect(fixed.forecast[0].sd).toBeGreaterThan(0); // B's position is uncertain
    const certain = centralActors(set);
    const none = runActorsMonteCarlo(
      {
        ...set,
        actors: certain.actors.map((a) => ({
          name: a.name,
          capability: point(a.capability),
          position: a.position.map(point),
          salience: a.salience.map(point),
        })),
      },
      "mean",
      {},
      20,
      1,
    );
    expect(none.forecast[0].sd).toBe(0);
  });

  it("brackets the central forecast of the weighted mean", () => {
    const mc = runActorsMonteCarlo(set, "mean", {}, 400, 3);
    const central = centralActors(set);
    const w = central.actors.map((a) => a.capability * a.salience[0]);
    const mu =
      (w[0] * central.actors[0].position[0] + w[1] * central.actors[1].position[0]) / (w[0] + w[1]);
    expect(mc.forecast[0].p5).toBeLessThan(mu);
    expect(mc.forecast[0].p95).toBeGreaterThan(mu);
  });
});
