// The allowed ranges of the game's inputs, shared by the config schema and the sampler. No zod
// here, so the sampler and the CLI's start-up do not load it.
import { type Dist, distQuantile } from "../uncertain/index.js";

/** An input's allowed range; `open` excludes the end points (a discount factor lies in (0, 1)). */
export interface FieldRange {
  low: number;
  high: number;
  open?: boolean;
}

export const describeRange = ({ low, high, open }: FieldRange) =>
  open ? `(${low}, ${high})` : `[${low}, ${high}]`;

// Bounded families must keep their whole support in range; unbounded ones ("to", normal) their
// 90 % interval (draws beyond it are clipped to the range when sampled).
export function outOfRange(d: Dist, range: FieldRange): boolean {
  const bounded =
    d.kind === "point" || d.kind === "uniform" || d.kind === "beta" || d.kind === "triangular";
  const lo = distQuantile(d, bounded ? 0 : 0.05);
  const hi = distQuantile(d, bounded ? 1 : 0.95);
  return range.open ? !(lo > range.low && hi < range.high) : !(lo >= range.low && hi <= range.high);
}

/** Clips a draw into its field's range (open ends by 1e−9), so a draw never leaves it. */
export function clipToRange(x: number, range: FieldRange): number {
  const eps = range.open ? 1e-9 : 0;
  return Math.min(range.high - eps, Math.max(range.low + eps, x));
}

/** The ranges of the game's inputs, shared by the schema and the sampler. */
export const RANGES = {
  discount: { low: 0, high: 1, open: true },
  probability: { low: 0, high: 1 },
  value: { low: -1, high: 1 },
  cost: { low: 0, high: 1000 },
  shift: { low: -1, high: 1 },
  growth: { low: 0, high: 10 },
  positive: { low: 0, high: 100 },
} as const satisfies Record<string, FieldRange>;
