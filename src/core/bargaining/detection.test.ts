// The detection toy (our algebra on Debs & Monteiro 2014; docs/bargaining.md): the vector, a grid
// search of both players' regrets over all (σ, a), a simulation of the outcomes, and the property
// that a shorter breakout means less warning and more blind strikes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close } from "../../../test/fixtures/numeric.js";
import { createRng } from "../rng.js";
import { type DetectionInput, detectionEquilibrium, detectionProbability } from "./detection.js";

const VECTOR: DetectionInput = { G: 1, cR: 0.5, k: 0.1, L: 1, cD: 0.3, p: 0.5 };

/** Both players' regret at (σ, a), from the primitive payoffs (no indifference formula). */
function regret({ G, cR, k, L, cD, p }: DetectionInput, sigma: number, a: number): number {
  // A seen race is struck iff a strike costs less than the bomb (at c_D = L either is a best reply).
  const seen = L > cD ? -cR : G;
  const race = -k + p * seen + (1 - p) * (a * -cR + (1 - a) * G);
  const stay = a * -cR;
  const iran = Math.max(race, stay) - (sigma * race + (1 - sigma) * stay);
  const unseen = sigma * (1 - p) + (1 - sigma);
  const mu = unseen > 0 ? (sigma * (1 - p)) / unseen : 0;
  const strike = -cD;
  const hold = -mu * L;
  const striker = unseen * (Math.max(strike, hold) - (a * strike + (1 - a) * hold));
  return iran + striker;
}

function gridEquilibrium(input: DetectionInput, n = 400) {
  let best = { sigma: 0, a: 0, regret: Number.POSITIVE_INFINITY };
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= n; j++) {
      const r = regret(input, i / n, j / n);
      if (r < best.regret) best = { sigma: i / n, a: j / n, regret: r };
    }
  return best;
}

describe("detectionEquilibrium (our toy on Debs & Monteiro 2014)", () => {
  it("G 1, c_R 0.5, k 0.1, L 1, c_D 0.3, p 0.5: σ 0.461538, a 0.6, war 0.692308, mistaken 0.323077, bomb 0.092308", () => {
    const e = detectionEquilibrium(VECTOR);
    close(e.sigmaRace, 0.461538);
    close(e.blindStrike, 0.6);
    close(e.pWar, 0.692308);
    close(e.pMistakenWar, 0.323077);
    close(e.pBomb, 0.092308);
  });

  it("is the point of least regret on a 401 × 401 grid of (σ, a), with zero regret itself", () => {
    const e = detectionEquilibrium(VECTOR);
    close(regret(VECTOR, e.sigmaRace, e.blindStrike), 0, 1e-12);
    const g = gridEquilibrium(VECTOR);
    close(g.sigma, e.sigmaRace, 2.5e-3);
    close(g.a, e.blindStrike, 2.5e-3);
  });

  it("has zero regret on random set-ups, corners included", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 2, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (G, cR, k, L, cD, p) => {
          const input = { G, cR, k, L, cD, p };
          const e = detectionEquilibrium(input);
          close(regret(input, e.sigmaRace, e.blindStrike), 0, 1e-9);
          const total = e.pWar + e.pBomb + (1 - e.pWar - e.pBomb);
          close(total, 1, 1e-12);
          expect(e.pMistakenWar).toBeLessThanOrEqual(e.pWar + 1e-12);
          expect(e.pWar + e.pBomb).toBeLessThanOrEqual(1 + 1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a simulation of races, detections and strikes gives the same probabilities", () => {
    const e = detectionEquilibrium(VECTOR);
    const rng = createRng(99);
    const n = 200_000;
    let war = 0;
    let mistaken = 0;
    let bomb = 0;
    for (let i = 0; i < n; i++) {
      const races = rng() < e.sigmaRace;
      const seen = races && rng() < VECTOR.p;
      const strike = seen || rng() < e.blindStrike;
      if (strike) war++;
      if (strike && !races) mistaken++;
      if (races && !strike) bomb++;
    }
    for (const [count, p] of [
      [war, e.pWar],
      [mistaken, e.pMistakenWar],
      [bomb, e.pBomb],
    ]) {
      expect(Math.abs(count / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    }
  });

  it("a shorter breakout gives less warning (lower p) and so more blind strikes", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 200, noNaN: true }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.double({ min: 20, max: 60, noNaN: true }),
        (days, less, lag) => {
          const long = detectionProbability(days + less, lag);
          const short = detectionProbability(days, lag);
          expect(short).toBeLessThan(long);
          const a = (p: number) => detectionEquilibrium({ ...VECTOR, p }).blindStrike;
          expect(a(short)).toBeGreaterThanOrEqual(a(long));
        },
      ),
    );
  });

  it("corners: racing that never pays means no race and no strike; a strike dearer than a bomb means none", () => {
    const none = detectionEquilibrium({ ...VECTOR, k: 0.6 });
    expect(none).toEqual({ sigmaRace: 0, blindStrike: 0, pWar: 0, pMistakenWar: 0, pBomb: 0 });
    const free = detectionEquilibrium({ ...VECTOR, cD: 1.2 });
    expect(free.sigmaRace).toBe(1);
    expect(free.pWar).toBe(0);
    expect(free.pBomb).toBe(1);
    // At c_D = L a seen race need not be struck; racing then pays whenever G > k.
    const edge = { G: 0.1, cR: 0, k: 0.001000001, L: 0.1, cD: 0.1, p: 0.99 };
    expect(detectionEquilibrium(edge).sigmaRace).toBe(1);
    close(regret(edge, 1, 0), 0, 1e-15);
  });
});
