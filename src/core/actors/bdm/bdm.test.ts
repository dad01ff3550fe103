import { describe, expect, it } from "vitest";
import { weightedMean, weightedMedian } from "../weighted-mean.js";
import { BDM_DEFAULTS, type BdmIssue } from "./bdm-settings.js";
import { emissionActors } from "./emission-standards.fixture.js";
import { bdmExpectedUtility } from "./expected-utility.js";
import { bdmRiskExponents } from "./risk.js";
import { runBdm } from "./run-bdm.js";
import { bdmNetVote, bdmProbability, condorcetPosition } from "./votes.js";

// All expected values: table.md §3 (Scholz, Calbert & Smith 2011, Table 1 data).
const issue: BdmIssue = {
  position: emissionActors.map((a) => a.position[0]),
  capability: emissionActors.map((a) => a.capability),
  salience: emissionActors.map((a) => a.salience[0]),
  range: 6,
};
const idx = (name: string) => emissionActors.findIndex((a) => a.name === name);
const net = { ...BDM_DEFAULTS, probabilityForm: "net" as const };
const coalition = { ...BDM_DEFAULTS, probabilityForm: "coalition" as const };

describe("expected-utility model on the emission-standards case", () => {
  it("weightedMean gives μ₀ = 7.389955686853767", () => {
    expect(weightedMean(emissionActors, 0)).toBeCloseTo(7.389955686853767, 14);
  });

  it("condorcetPosition is 7, beating 4 by +0.0905 and 10 by +0.0025", () => {
    expect(condorcetPosition(issue)).toBe(7);
    expect(bdmNetVote(issue, 7, 4)).toBeCloseTo(0.0905, 12);
    expect(bdmNetVote(issue, 7, 10)).toBeCloseTo(0.0025, 12);
    expect(weightedMedian(emissionActors, 0)).toBe(7);
  });

  it("bdmProbability(BE beats FR) is 0.503693 (coalition) and 0.007386 (net)", () => {
    expect(bdmProbability(issue, idx("Belgium"), idx("France"), "coalition")).toBeCloseTo(
      0.503693,
      6,
    );
    expect(bdmProbability(issue, idx("Belgium"), idx("France"), "net")).toBeCloseTo(0.007386, 6);
  });

  it("bdmExpectedUtility(BE → LU) with r = 1 is 0.853471 (coalition) and 0.706942 (net)", () => {
    const mu = weightedMean(emissionActors, 0);
    const be = idx("Belgium");
    const lu = idx("Luxembourg");
    expect(bdmExpectedUtility(issue, be, lu, 1, mu, coalition)).toBeCloseTo(0.853471, 6);
    expect(bdmExpectedUtility(issue, be, lu, 1, mu, net)).toBeCloseTo(0.706942, 6);
  });

  it("bdmRiskExponents match the net-form and coalition-form vectors to 4 decimals", () => {
    const mu = weightedMean(emissionActors, 0);
    const netR = [1.1272, 0.7809, 0.5, 1.1272, 1.0779, 1.0779, 2.0, 0.5248, 1.4717, 1.1405];
    const coalitionR = [1.1172, 1.0044, 0.5, 1.1172, 1.0176, 1.0176, 2.0, 0.6483, 1.4537, 1.5569];
    const rNet = bdmRiskExponents(issue, mu, net);
    const rCoalition = bdmRiskExponents(issue, mu, coalition);
    for (let i = 0; i < netR.length; i++) {
      expect(rNet[i]).toBeCloseTo(netR[i], 4);
      expect(rCoalition[i]).toBeCloseTo(coalitionR[i], 4);
    }
  });

  it("runBdm keeps every round's positions and mean, and stops by the cap", () => {
    const result = runBdm(emissionActors, ["years"], { maxRounds: 5 });
    expect(result.rounds.length).toBeLessThanOrEqual(6);
    expect(result.rounds[0].map((p) => p[0])).toEqual(issue.position);
    expect(result.meanByRound[0][0]).toBeCloseTo(7.389955686853767, 12);
    expect(result.log.length).toBe(result.rounds.length - 1);
  });
});
