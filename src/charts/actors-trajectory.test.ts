import { describe, expect, it } from "vitest";
import { ACTOR_MODELS, type ActorSet } from "../core/index.js";
import { actorsTrajectoryChart } from "./actors-trajectory.js";
import { nodeDocument } from "./node-document.js";

// Table 1 of Scholz et al. (2011) (emission standards, years), through the expected-utility model.
const rows: [string, number, number, number][] = [
  ["NL", 0.08, 4, 0.8],
  ["BE", 0.08, 7, 0.4],
  ["LU", 0.03, 4, 0.2],
  ["DE", 0.16, 4, 0.8],
  ["FR", 0.16, 10, 0.6],
  ["IT", 0.16, 10, 0.6],
  ["UK", 0.16, 10, 0.9],
  ["IE", 0.05, 7, 0.1],
  ["DK", 0.05, 4, 1],
  ["GR", 0.08, 7, 0.7],
];
const set: ActorSet = {
  dimensions: ["Years to standard"],
  actors: rows.map(([name, capability, x, s]) => ({
    name,
    capability,
    position: [x],
    salience: [s],
  })),
};

describe("actorsTrajectoryChart(result, options, document)", () => {
  const result = ACTOR_MODELS.bdm.run(set, { bdm: { maxRounds: 6 } });
  const svg = actorsTrajectoryChart(
    result,
    { source: "Scholz et al. 2011, Table 1" },
    nodeDocument(),
  );

  it("states the forecast in the title and the source underneath", () => {
    expect(svg).toContain(
      `The bdm forecast after ${result.rounds.length - 1} round(s): Years to standard ${result.forecast[0].toFixed(1)}`,
    );
    expect(svg).toContain("Source: Scholz et al. 2011, Table 1");
  });

  it("draws one line per actor plus the weighted mean, and labels every actor", () => {
    const groups = [...svg.matchAll(/<g aria-label="line"[^>]*>([\s\S]*?)<\/g>/g)];
    const paths = groups.map((g) => g[1].match(/<path/g)?.length ?? 0);
    expect(paths).toEqual([rows.length, 1]);
    for (const [name] of rows) expect(svg).toContain(`>${name}<`);
  });

  it("matches the golden file", async () => {
    await expect(svg).toMatchFileSnapshot("../../test/output/actors-trajectory.svg");
  });
});
