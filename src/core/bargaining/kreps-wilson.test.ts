// The chain store (Kreps & Wilson 1982, §3): a worked example, and a brute-force check of the
// sequential equilibrium on the whole game tree: every entrant's and every weak incumbent's move
// is a best reply, given the continuation values computed by backward induction, and reputations
// follow Bayes' rule (checked by simulation).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close } from "../../../test/fixtures/numeric.js";
import { createRng } from "../rng.js";
import { chainStore } from "./kreps-wilson.js";

/** P(the entrant enters): 1, 0, or 1 − 1/a when it mixes (Kreps & Wilson: it stays out w.p. 1/a). */
const pEnter = (action: string, a: number) =>
  action === "enter" ? 1 : action === "stay out" ? 0 : 1 - 1 / a;

/**
 * The weak incumbent's value with n stages left and reputation p, by backward induction over the
 * game tree, asserting on the way that each move the equilibrium prescribes is a best reply.
 */
function weakValue(n: number, p: number, b: number, a: number): number {
  if (n === 0) return 0;
  const s = chainStore(p, b, n)[0];
  // Entrant: entering is worth b − P(fight).
  const gain = b - s.pFight;
  if (s.entrant === "enter") expect(gain).toBeGreaterThanOrEqual(-1e-12);
  if (s.entrant === "stay out") expect(gain).toBeLessThanOrEqual(1e-12);
  if (s.entrant === "mix") close(gain, 0, 1e-9);
  // Weak incumbent: fight (−1, then the posterior p/P(fight)) or accommodate (0, then reputation 0).
  const fight = -1 + weakValue(n - 1, s.pFight > 0 ? p / s.pFight : p, b, a);
  const accommodate = weakValue(n - 1, 0, b, a);
  if (s.weakFights === 1) expect(fight).toBeGreaterThanOrEqual(accommodate - 1e-9);
  else if (s.weakFights === 0) expect(accommodate).toBeGreaterThanOrEqual(fight - 1e-9);
  else close(fight, accommodate, 1e-9);
  const afterEntry = s.weakFights * fight + (1 - s.weakFights) * accommodate;
  const enter = pEnter(s.entrant, a);
  return (1 - enter) * (a + weakValue(n - 1, p, b, a)) + enter * afterEntry;
}

describe("chainStore (Kreps & Wilson 1982, Theorem 1)", () => {
  it("p = 0.2, b = 0.5, three entrants: stay out, enter (weak fights w.p. 0.25), mix", () => {
    const stages = chainStore(0.2, 0.5, 3);
    expect(stages.map((s) => s.entrant)).toEqual(["stay out", "enter", "mix"]);
    // p₂ = 0.2 < b¹ = 0.5: the weak type fights with p(1 − b)/((1 − p)b) = 0.25, so P(fight) = 0.4.
    close(stages[1].weakFights, 0.25, 1e-9);
    close(stages[1].pFight, 0.4, 1e-9);
    // After a fight the reputation is 0.2/0.4 = 0.5 = b; the last weak incumbent accommodates.
    close(stages[2].reputation, 0.5, 1e-9);
    expect(stages[2].weakFights).toBe(0);
  });

  it("every move on the whole game tree is a best reply (brute-force backward induction)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 1.1, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 7 }),
        (p, b, a, n) => {
          weakValue(n, p, b, a);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("reputations follow Bayes' rule: the tough share among incumbents that fought every entry", () => {
    const [p, b, a, n] = [0.1, 0.6, 2, 6];
    const stages = chainStore(p, b, n);
    const rng = createRng(7);
    const alive = new Array(n).fill(0);
    const tough = new Array(n).fill(0);
    for (let i = 0; i < 300_000; i++) {
      const isTough = rng() < p;
      for (const s of stages) {
        alive[s.stage - 1]++;
        if (isTough) tough[s.stage - 1]++;
        if (s.entrant === "stay out") continue;
        // The reported path: the entrant enters (also when it mixes) and is fought.
        if (s.entrant === "mix" && rng() >= pEnter(s.entrant, a)) break;
        if (!isTough && rng() >= s.weakFights) break;
      }
    }
    stages.forEach((s, i) => {
      const share = tough[i] / alive[i];
      const se = Math.sqrt((s.reputation * (1 - s.reputation)) / alive[i]);
      expect(Math.abs(share - s.reputation), `stage ${s.stage}`).toBeLessThan(4 * se + 1e-12);
    });
  });

  it("entry happens only in the last ln p/ln b stages, however long the chain", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.99, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.integer({ min: 1, max: 200 }),
        (p, b, n) => {
          const bound = Math.log(p) / Math.log(b);
          for (const s of chainStore(p, b, n))
            if (s.entrant !== "stay out") expect(n - s.stage + 1).toBeLessThanOrEqual(bound + 1e-9);
        },
      ),
    );
  });
});
