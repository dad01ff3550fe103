// The five-input model of the issue, in our engine and in Squiggle, at 100,000 samples:
//   a = 2 to 8, b = beta(3, 7), c = 5 to 10, d = normal({p5: -5, p95: 3}), r = a·b + c − d,
// then mean(r), quantile(r, 0.05) and quantile(r, 0.95). Both sides do the whole job per run
// (ours: sample four inputs, combine, summarize; Squiggle: run the program, which also parses it).
import { defaultEnvironment, run } from "@quri/squiggle-lang";
import { randomBeta, randomNormal } from "d3-random";
import { createRng } from "../src/core/rng.js";
import type { Dist } from "../src/core/uncertain/index.js";
import {
  beta,
  distMean,
  normal,
  normalFrom90,
  sampleN,
  summarize,
  to,
  triangular,
  uniform,
} from "../src/core/uncertain/index.js";
import { normalQuantile } from "../src/core/uncertain/normal-quantile.js";
import { measure, measureAsync, record } from "./measure.js";

const N = 100_000;
const SEED = 42;
const inputs = { a: to(2, 8), b: beta(3, 7), c: to(5, 10), d: normalFrom90(-5, 3) };

function ours(seed: number) {
  const rng = createRng(seed);
  const a = sampleN(inputs.a, N, rng);
  const b = sampleN(inputs.b, N, rng);
  const c = sampleN(inputs.c, N, rng);
  const d = sampleN(inputs.d, N, rng);
  const r = new Float64Array(N);
  for (let i = 0; i < N; i++) r[i] = a[i] * b[i] + c[i] - d[i];
  const s = summarize(r);
  if (s.empty) throw new Error("no samples");
  return s;
}

const PROGRAM = `a = 2 to 8
b = beta(3, 7)
c = 5 to 10
d = normal({p5: -5, p95: 3})
r = a * b + c - d
[mean(r), quantile(r, 0.05), quantile(r, 0.95)]`;

async function squiggle(seed: string): Promise<number[]> {
  const environment = { ...defaultEnvironment, sampleCount: N, seed };
  const out = await run(PROGRAM, { environment });
  if (!out.result.ok) throw new Error(out.result.value.toString());
  return out.result.value.result.asJS() as number[];
}

const ourTiming = measure("ours: a*b + c - d, 100k samples, mean + p5 + p95", () => ours(SEED), 50);
const squiggleTiming = await measureAsync(
  "squiggle 0.10.0: same program, sampleCount 100k",
  () => squiggle("42"),
  25,
  3,
);

// Per-family sampling cost, for the docs.
const families: [string, Dist][] = [
  ["to(2, 8) (lognormal)", to(2, 8)],
  ["normal(5, 2)", normal(5, 2)],
  ["beta(3, 7)", beta(3, 7)],
  ["uniform(0, 1)", uniform(0, 1)],
  ["triangular(1, 2, 4)", triangular(1, 2, 4)],
];
const rng = createRng(SEED);
const familyTimings = families.map(([name, d]) =>
  measure(`sampleN(${name}, 100k)`, () => sampleN(d, N, rng), 50),
);
// The alternatives we measured before choosing (Ziggurat normals, Cheng BB beta).
const fillWith = (draw: () => number) => () => {
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) out[i] = draw();
  return out;
};
const alternatives = [
  measure(
    "alt: normal by AS241 inversion, 100k",
    fillWith(() => normalQuantile(1 - rng())),
    50,
  ),
  measure("alt: d3-random randomNormal (polar), 100k", fillWith(randomNormal.source(rng)()), 50),
  measure("alt: d3-random randomBeta(3, 7), 100k", fillWith(randomBeta.source(rng)(3, 7)), 50),
];

// Agreement within Monte Carlo error: the two estimates are independent, so their difference has
// standard error √2·SE. SE(mean) = sd/√n; SE(q_p) = √(p(1−p)/n) / f(q_p), f from our own percentiles.
const o = ours(SEED);
const [sMean, sP5, sP95] = await squiggle("42");
const rSorted = (() => {
  const rngQ = createRng(SEED);
  const a = sampleN(inputs.a, N, rngQ);
  const b = sampleN(inputs.b, N, rngQ);
  const c = sampleN(inputs.c, N, rngQ);
  const d = sampleN(inputs.d, N, rngQ);
  return Float64Array.from(a, (x, i) => x * b[i] + c[i] - d[i]).sort();
})();
const at = (p: number) => rSorted[Math.round(p * (N - 1))];
const density = (p: number) => 0.02 / (at(p + 0.01) - at(p - 0.01));
const seQuantile = (p: number) => Math.sqrt((p * (1 - p)) / N) / density(p);
const analyticMean =
  distMean(inputs.a) * distMean(inputs.b) + distMean(inputs.c) - distMean(inputs.d);
const rows = [
  { stat: "mean", ours: o.mean, squiggle: sMean, se: o.sd / Math.sqrt(N) },
  { stat: "p5", ours: o.p5, squiggle: sP5, se: seQuantile(0.05) },
  { stat: "p95", ours: o.p95, squiggle: sP95, se: seQuantile(0.95) },
].map((row) => {
  const z = (row.ours - row.squiggle) / (Math.SQRT2 * row.se);
  return { ...row, z, agree: Math.abs(z) < 5 };
});

const ratio = squiggleTiming.medianMs / ourTiming.medianMs;
record("uncertain", [ourTiming, squiggleTiming, ...familyTimings, ...alternatives], {
  model: "a = 2 to 8; b = beta(3, 7); c = 5 to 10; d = normal({p5: -5, p95: 3}); r = a*b + c - d",
  samples: N,
  seed: SEED,
  speedup: ratio,
  speedupOfMinimums: squiggleTiming.minMs / ourTiming.minMs,
  analyticMean,
  agreement: rows,
});
process.stdout.write(`\nspeed-up (squiggle median / ours median): ${ratio.toFixed(1)}×\n`);
process.stdout.write(
  `speed-up of the fastest runs (less sensitive to load): ${(squiggleTiming.minMs / ourTiming.minMs).toFixed(1)}×\n`,
);
process.stdout.write(`analytic mean a·b + c − d: ${analyticMean.toFixed(6)}\n`);
for (const r of rows) {
  process.stdout.write(
    `${r.stat.padEnd(5)} ours ${r.ours.toFixed(4)}  squiggle ${r.squiggle.toFixed(4)}  z ${r.z.toFixed(2)}  ${r.agree ? "agree" : "DISAGREE"}\n`,
  );
}
