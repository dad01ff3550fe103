// Powell (2006) over k steps: our algebra (docs/bargaining.md, "Powell over k steps"), checked
// against a linear program (yalps) for the least the declining state must concede to keep peace.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solve } from "yalps";
import { close } from "../../../test/fixtures/numeric.js";
import { powellCondition } from "./crisis-bargaining.js";
import { powellKStep } from "./powell-kstep.js";

/** q rising linearly from 0.1 to 0.9 over 10 periods (then flat). */
const RISING = Array.from({ length: 11 }, (_, i) => 0.1 + 0.08 * i);

/**
 * The least present value D must leave R at peace: min Σ δ^s x_s + δ^{n−1} y over flows x_s ∈
 * [0, 1] and R's continuation y from the last listed period (q flat after it), subject to R's
 * continuation at every period k being at least its war value q_k/(1 − δ) − C_R.
 */
function leastConcession(delta: number, cR: number, q: readonly number[]): number {
  const n = q.length;
  const variables: Record<string, Record<string, number>> = {};
  const constraints: Record<string, { min?: number; max?: number }> = {};
  for (let k = 0; k < n; k++) constraints[`war${k}`] = { min: q[k] / (1 - delta) - cR };
  for (let s = 0; s < n - 1; s++) {
    const v: Record<string, number> = { pv: delta ** s, [`cap${s}`]: 1 };
    for (let k = 0; k <= s; k++) v[`war${k}`] = delta ** (s - k);
    variables[`x${s}`] = v;
    constraints[`cap${s}`] = { max: 1 };
  }
  const y: Record<string, number> = { pv: delta ** (n - 1), capY: 1 };
  for (let k = 0; k < n; k++) y[`war${k}`] = delta ** (n - 1 - k);
  variables.y = y;
  constraints.capY = { max: 1 / (1 - delta) };
  const lp = solve({ direction: "minimize", objective: "pv", constraints, variables });
  expect(lp.status).toBe("optimal");
  return lp.result;
}

/** D fights iff its war value beats 1/(1 − δ) less the least concession. */
function lpWar(delta: number, cD: number, cR: number, q: readonly number[]) {
  const margin = (1 - delta) * leastConcession(delta, cR, q) - q[0] - (1 - delta) * cD;
  return { war: margin > 0, margin };
}

describe("powellKStep (our algebra on Powell 2006)", () => {
  it("δ 0.99, C 10 each, q 0.1 → 0.9 over 10 periods: one-step −0.0208, k-step 0.623506 at k 10 > 0.1", () => {
    const r = powellKStep(0.99, 10, 10, RISING);
    close(r.oneStepLhs, -0.0208);
    close(r.lhsMax, 0.623506);
    expect(r.atK).toBe(10);
    close(r.rhs, 0.1);
    expect(r.war).toBe(true);
    // The one-step form of version 1 misses it.
    expect(powellCondition(0.99, RISING[0], RISING[1], 10, 10).war).toBe(false);
  });

  it("the linear program agrees on the vector: war, with the same margin", () => {
    const lp = lpWar(0.99, 10, 10, RISING);
    expect(lp.war).toBe(true);
    const r = powellKStep(0.99, 10, 10, RISING);
    close(lp.margin, r.lhsMax - r.rhs, 1e-7);
  });

  it("agrees with the linear program on random paths of war shares", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 15 }),
        (delta, cD, cR, q) => {
          const r = powellKStep(delta, cD, cR, q);
          const lp = lpWar(delta, cD, cR, q);
          fc.pre(Math.abs(lp.margin) > 1e-6);
          expect(r.war).toBe(lp.war);
          // Where D's least concession is set by a date k ≥ 1, the margins are equal.
          if (r.lhsMax > -q[0] && r.lhsMax > -(1 - delta) * cR)
            close(lp.margin, r.lhsMax - r.rhs, 1e-6);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reduces to version 1's one-step condition when the list has two periods", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (delta, q0, q1, cD, cR) => {
          const k = powellKStep(delta, cD, cR, [q0, q1]);
          const one = powellCondition(delta, q0, q1, cD, cR);
          close(k.lhsMax - k.rhs, one.lhs - one.rhs, 1e-12);
        },
      ),
    );
  });
});
