import type { Dist } from "../uncertain/dist.js";

/** A distribution multiplied by a positive factor. */
export function scaleDist(d: Dist, f: number): Dist {
  switch (d.kind) {
    case "point":
      return { kind: "point", value: d.value * f };
    case "to":
    case "uniform":
      return { ...d, low: d.low * f, high: d.high * f };
    case "normal":
      return { kind: "normal", mean: d.mean * f, sd: d.sd * f };
    case "triangular":
      return { kind: "triangular", low: d.low * f, mode: d.mode * f, high: d.high * f };
    case "beta":
      // A beta lives on [0, 1]: a salience given as beta(a, b) is read as a fraction already.
      return d;
  }
}
