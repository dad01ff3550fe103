// Bad input at scale (issue 14, section 2): a fast-check harness over the scenario YAML, the table
// config, the actors CSV and YAML, and every API route through the Hono app in process. Inputs are
// valid files and bodies mutated into hostile ones (wrong types, extremes, NaN, huge strings, deep
// nesting, unicode, duplicate keys, aliases, truncation) and plain garbage.
//
// A case fails when it crashes (a parser throws anything but a UserError), answers 500 or above,
// shows a stack trace in any message, or takes over 5 s (each case is time-boxed; work that blocks
// the thread is caught by its measured time).
//
//   node --import tsx bench/fuzz.ts [cases=100000] [seed=20211129]
//
// writes bench/results/fuzz.json. test/fuzz.test.ts runs 2,000 cases of the same harness.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import type { Hono } from "hono";
import { actorsFromText } from "../src/app/actors/read-actors.js";
import { validateScenarioText } from "../src/app/scenario/run-scenario.js";
import { parseTableConfigIssues } from "../src/app/table/table-config.js";
import { UserError } from "../src/app/user-error.js";
import { createApp } from "../src/server/app.js";
import { createStore } from "../src/server/db/store.js";
import { createRunService } from "../src/server/runs/run-service.js";
import type { ScenarioRunner } from "../src/server/runs/scenario-runner.js";
import { measure } from "./measure.js";

/** A stack trace in a message: "    at fn (file.ts:1:2)", or a source position. */
const STACK = /\n\s+at |\bat (?:async )?[\w$.<>]+ \([^)]*:\d+:\d+\)|\.(?:ts|js|mjs):\d+:\d+/;
const TIME_BOX_MS = 5000;

const read = (file: string) => readFileSync(file, "utf8");
const SCENARIO = read("scenarios/jcpoa-2015-07.yaml");
const TABLE = read("scenarios/vienna-2021-table.yaml");
const ACTORS_YAML = read("scenarios/iran-2021-actors.yaml");
const KTAB_CSV = read("data/ktab/SOE-Pol-Comp.csv");
const PLAIN_CSV = "actor,capability,x position,x salience\nA,10,20,50\nB,5 to 9,80,40\nC,3,50,30\n";

// ── Hostile pieces ───────────────────────────────────────────────────────────────────────────

/** Scalars that have broken parsers: extremes, non-numbers, YAML specials, control and bidi characters. */
const HOSTILE_SCALARS = [
  "NaN",
  ".nan",
  ".inf",
  "-.inf",
  "1e400",
  "-1e400",
  "1e308",
  "-0",
  "0",
  "-1",
  "1.5",
  "0x1F",
  "99999999999999999999999",
  "~",
  "null",
  "true",
  "[]",
  "{}",
  "''",
  '""',
  "*nowhere",
  "&a x",
  "!!binary AAAA",
  "!!js/function x",
  "!!str",
  "\u0000",
  "\u202e",
  "\uFEFF",
  "🙂",
  "𝕏",
  "'",
  '"',
  "{",
  "[",
  ":",
  "- -",
  "? x",
  "%YAML 1.1",
  "---",
  "...",
  "|",
  ">",
  "@x",
  "`x`",
  "2021-13-45",
  "2021-02-30",
  "9999-12-31",
  "0000-01-01",
];

const hostileScalar = fc.oneof(
  fc.constantFrom(...HOSTILE_SCALARS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.double().map(String),
  fc.integer().map(String),
  fc.nat(200_000).map((n) => "x".repeat(n)),
);

/** A text transformed into a hostile one by one of several edits. */
function mutatedText(base: string) {
  const lines = base.split("\n");
  const at = fc.nat(lines.length - 1);
  const edit = fc.oneof(
    // A value replaced.
    fc.tuple(at, hostileScalar).map(([i, v]) => {
      const out = [...lines];
      out[i] = out[i].replace(/:\s.*$|[^,]*$/, (m) => (m.startsWith(":") ? `: ${v}` : v));
      return out.join("\n");
    }),
    // A line repeated (duplicate keys), removed, or moved in by a random indent.
    fc.tuple(at, fc.nat(3)).map(([i, k]) => {
      const out = [...lines];
      if (k === 0) out.splice(i, 0, out[i]);
      else if (k === 1) out.splice(i, 1);
      else out[i] = `${" ".repeat(k * 7)}${out[i]}`;
      return out.join("\n");
    }),
    // Deep nesting, an alias bomb, a flood of keys.
    fc.tuple(at, fc.nat(3), fc.integer({ min: 10, max: 120_000 })).map(([i, k, n]) => {
      const insert =
        k === 0
          ? `deep: ${"[".repeat(n)}${"]".repeat(n % 3 === 0 ? n : 0)}`
          : k === 1
            ? "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]"
            : k === 2
              ? Array.from({ length: Math.min(n, 25_000) }, (_, j) => `k${j}: ${j}`).join("\n")
              : `${"  ".repeat(Math.min(n, 400))}x: 1`;
      const out = [...lines];
      out.splice(i, 0, insert);
      return out.join("\n");
    }),
    // Cut short, or garbage inserted.
    fc.nat(base.length).map((n) => base.slice(0, n)),
    fc
      .tuple(fc.nat(base.length), fc.string({ unit: "binary", maxLength: 200 }))
      .map(([n, s]) => base.slice(0, n) + s + base.slice(n)),
  );
  return fc.oneof(
    { weight: 8, arbitrary: edit },
    { weight: 1, arbitrary: fc.constant(base) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 2000 }) },
  );
}

/** A JSON value of any kind, including big strings. */
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: hostileScalar },
  {
    weight: 1,
    arbitrary: fc.constantFrom(-1, 0, 1.5, 1e308, -1e308, 2 ** 53, Number.MAX_SAFE_INTEGER),
  },
);

/** JSON text nested up to 100,000 deep, [[[…]]] or {"a":{"a":…}} (as text: stringify would overflow). */
const deepJson = fc
  .tuple(fc.integer({ min: 1, max: 100_000 }), fc.boolean())
  .map(([d, array]) =>
    array ? `${"[".repeat(d)}${"]".repeat(d)}` : `${'{"a":'.repeat(d)}1${"}".repeat(d)}`,
  );

/** A body: a valid one with fields replaced, removed or added, or raw text (duplicate keys, bad JSON). */
function bodyFrom(base: Record<string, unknown>) {
  const keys = Object.keys(base);
  const changed = fc
    .tuple(
      fc.subarray(keys),
      fc.dictionary(fc.constantFrom(...keys, "x", "__proto__", "constructor", ""), hostileJson, {
        maxKeys: 3,
      }),
    )
    .map(([drop, extra]) => {
      const body: Record<string, unknown> = { ...base };
      for (const k of drop) delete body[k];
      return JSON.stringify({ ...body, ...extra });
    });
  const raw = fc.oneof(
    fc.constantFrom("", "{", "null", "[]", '"x"', "1e400", '{"a":1,"a":2}'),
    fc.string({ maxLength: 300 }),
    fc
      .tuple(fc.constantFrom(...keys), hostileJson)
      .map(
        ([k, v]) =>
          `{${JSON.stringify(k)}: 1, ${JSON.stringify(k)}: ${JSON.stringify(v) ?? "null"}}`,
      ),
    fc.tuple(fc.constantFrom(...keys), deepJson).map(([k, v]) => `{${JSON.stringify(k)}: ${v}}`),
    deepJson,
  );
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(JSON.stringify(base)) },
    { weight: 6, arbitrary: changed },
    { weight: 2, arbitrary: raw },
  );
}

// ── Cases ────────────────────────────────────────────────────────────────────────────────────

export type FuzzCase =
  | {
      target: "scenario-yaml" | "table-yaml" | "actors-yaml" | "actors-csv" | "actors-ktab";
      text: string;
    }
  | { target: "http"; method: string; path: string; contentType: string; body?: string };

const http = (
  method: string,
  path: fc.Arbitrary<string>,
  body?: fc.Arbitrary<string>,
): fc.Arbitrary<FuzzCase> =>
  fc
    .tuple(
      path,
      body ?? fc.constant(undefined),
      fc.oneof(
        { weight: 9, arbitrary: fc.constant("application/json") },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            "text/plain",
            "",
            "application/x-www-form-urlencoded",
            "application/vnd+json",
          ),
        },
      ),
    )
    .map(([p, b, contentType]) => ({
      target: "http" as const,
      method,
      path: p,
      contentType,
      body: b,
    }));

const query = (pairs: Record<string, fc.Arbitrary<string>>) =>
  fc
    .record(
      Object.fromEntries(
        Object.entries(pairs).map(([k, v]) => [
          k,
          fc.option(fc.oneof(v, hostileScalar), { nil: undefined }),
        ]),
      ),
    )
    .map((q) =>
      Object.entries(q)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v as string)}`)
        .join("&"),
    );

/** Values that are no valid count or seed: text, fractions, extremes, negatives. */
const NOT_A_COUNT = fc
  .oneof(
    fc.constantFrom("abc", "1.5", "-1", "1e400", "NaN", "", "0x10", "99999999999", "１００"),
    fc.string({ maxLength: 10 }),
  )
  .filter((v) => !/^\s*\d+\s*$/.test(v))
  .map(encodeURIComponent);

const day = fc.oneof(
  fc
    .date({ min: new Date("2010-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  hostileScalar,
);
const id = fc.oneof(
  fc.constantFrom("1", "2", "3", "0", "-1", "99999999999999999", "abc", "%2e%2e", "1e3"),
  fc.nat(20).map(String),
);

// Valid numbers are kept small: the harness looks for crashes, not for the cost of large runs.
const BREAKOUT_BODY = {
  report: "2021-11",
  samples: 100,
  seed: 3,
  options: { stocks: "upTo60", sites: "Fordow" },
};

/** Every route, with bodies and queries from valid ones made hostile. */
const httpCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  http(
    "GET",
    fc.constantFrom(
      "/api/health",
      "/api/reports",
      "/api/data/reports",
      "/api/data/machine-types",
      "/api/data/timeline",
      "/",
      "/index.html",
    ),
  ),
  http("POST", fc.constant("/api/breakout"), bodyFrom(BREAKOUT_BODY)),
  http(
    "POST",
    fc.constant("/api/breakout"),
    fc
      .record({
        stock: fc.array(hostileScalar, { maxLength: 3 }),
        tails: fc.array(fc.oneof(fc.constant("upTo60=20-30"), hostileScalar), { maxLength: 3 }),
        machine: fc.oneof(fc.constant("IR-6=4-7"), hostileScalar),
        heuCascades: hostileJson,
        uptime: fc.oneof(fc.constant("0.8-1"), hostileScalar),
        sites: fc.oneof(fc.constant("Natanz"), hostileScalar),
      })
      .chain((all) =>
        fc
          .subarray(Object.keys(all))
          .map((ks) => Object.fromEntries(ks.map((k) => [k, all[k as keyof typeof all]]))),
      )
      .map((options) => JSON.stringify({ ...BREAKOUT_BODY, options })),
  ),
  // A valid history query that is not cached costs seconds: valid values come from a few, cached.
  http(
    "GET",
    fc
      .tuple(
        fc.oneof(
          fc.constant("samples=100"),
          NOT_A_COUNT.map((v) => `samples=${v}`),
        ),
        fc.oneof(
          fc.constantFrom("seed=1", "seed=2"),
          NOT_A_COUNT.map((v) => `seed=${v}`),
        ),
        fc.oneof(
          fc.constant(""),
          fc.string({ maxLength: 20 }).map((k) => `&${encodeURIComponent(k)}=1`),
        ),
      )
      .map(([a, b, extra]) => `/api/history?${a}&${b}${extra}`),
  ),
  http(
    "GET",
    fc
      .oneof(fc.constantFrom("2021-11", "2015-07", "1999-01"), hostileScalar)
      .map((l) => `/api/jcpoa/${encodeURIComponent(l)}`),
  ),
  http(
    "GET",
    query({
      from: day,
      transmitted: day,
      disapproval: fc.constantFrom("true", "false"),
      reviewRule: fc.constantFrom("statute", "every-year"),
    }).map((q) => `/api/clocks/inara?${q}`),
  ),
  http(
    "GET",
    query({ from: day }).map((q) => `/api/clocks/snapback?${q}`),
  ),
  http(
    "GET",
    query({ from: day, advisory: fc.constantFrom("true", "false") }).map(
      (q) => `/api/clocks/drm?${q}`,
    ),
  ),
  http(
    "POST",
    fc.constant("/api/table"),
    fc.oneof(
      mutatedText(TABLE).map((yaml) => JSON.stringify({ yaml, samples: 100, tornadoSamples: 0 })),
      bodyFrom({ yaml: TABLE, samples: 100 }),
      hostileJson.map((config) => JSON.stringify({ config, samples: 100 })),
    ),
  ),
  http(
    "POST",
    fc.constant("/api/actors"),
    fc.oneof(
      mutatedText(PLAIN_CSV).map((csv) => JSON.stringify({ model: "mean", csv, draws: 20 })),
      mutatedText(KTAB_CSV).map((ktabCsv) => JSON.stringify({ model: "median", ktabCsv })),
      mutatedText(ACTORS_YAML).map((yaml) => JSON.stringify({ model: "mean", yaml, draws: 10 })),
      bodyFrom({ model: "mean", csv: PLAIN_CSV, draws: 20, seed: 1 }),
    ),
  ),
  http(
    "POST",
    fc.constant("/api/scenarios/validate"),
    mutatedText(SCENARIO).map((yaml) => JSON.stringify({ yaml })),
  ),
  http(
    "POST",
    fc.constant("/api/scenarios"),
    fc.oneof(
      mutatedText(SCENARIO).map((yaml) => JSON.stringify({ name: "fuzz", yaml })),
      bodyFrom({ name: "fuzz", yaml: SCENARIO }),
    ),
  ),
  http(
    "PUT",
    id.map((i) => `/api/scenarios/${i}`),
    bodyFrom({ name: "renamed", yaml: SCENARIO }),
  ),
  http(
    "GET",
    id.map((i) => `/api/scenarios/${i}`),
  ),
  http(
    "DELETE",
    id.map((i) => `/api/scenarios/${i}`),
  ),
  http(
    "POST",
    id.map((i) => `/api/scenarios/${i}/runs`),
    bodyFrom({ samples: 100, seed: 1 }),
  ),
  http(
    "GET",
    fc.oneof(
      fc.constant("/api/runs"),
      query({ scenarioId: id }).map((q) => `/api/runs?${q}`),
    ),
  ),
  http(
    "GET",
    fc
      .tuple(
        id,
        fc.constantFrom(
          "",
          "/result",
          "/report.html",
          "/report.md",
          "/charts/deal-by-week.svg",
          "/charts/deal-by-week.png",
          "/charts/..%2f..%2fx.svg",
          "/charts/%00.svg",
        ),
      )
      .map(([i, s]) => `/api/runs/${i}${s}`),
  ),
  ...["GET", "POST", "PATCH", "OPTIONS"].map((method) =>
    http(
      method,
      fc.string({ maxLength: 60 }).map((p) => `/api/${encodeURIComponent(p)}`),
    ),
  ),
);

const fileCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  mutatedText(SCENARIO).map((text) => ({ target: "scenario-yaml" as const, text })),
  mutatedText(TABLE).map((text) => ({ target: "table-yaml" as const, text })),
  mutatedText(ACTORS_YAML).map((text) => ({ target: "actors-yaml" as const, text })),
  mutatedText(PLAIN_CSV).map((text) => ({ target: "actors-csv" as const, text })),
  mutatedText(KTAB_CSV).map((text) => ({ target: "actors-ktab" as const, text })),
);

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  { weight: 2, arbitrary: fileCase },
  { weight: 3, arbitrary: httpCase },
);

// ── Running ──────────────────────────────────────────────────────────────────────────────────

/** A runner with the real validation and instant fake runs (runs are checked by their own tests). */
const runner: ScenarioRunner = {
  validate: (yaml, name) => validateScenarioText(yaml, name),
  run: async () => ({ ok: false, issues: [{ path: "", message: "fuzz: runs are not executed" }] }),
  close: async () => {},
};

export function fuzzApp(): Hono {
  const store = createStore(":memory:");
  const versions = { appVersion: "fuzz", dataVersion: "fuzz" };
  return createApp({
    store,
    runner,
    runs: createRunService(store, runner, versions),
    versions,
    logError: () => {},
  });
}

export interface Failure {
  kind: "crash" | "5xx" | "stack trace" | "hang";
  target: string;
  detail: string;
  input: string;
}

const ROUTES: [RegExp, string][] = [
  [/^\/api\/jcpoa\/[^/]*$/, "/api/jcpoa/:label"],
  [/^\/api\/scenarios\/validate$/, "/api/scenarios/validate"],
  [/^\/api\/scenarios\/[^/]+\/runs$/, "/api/scenarios/:id/runs"],
  [/^\/api\/scenarios\/[^/]+$/, "/api/scenarios/:id"],
  [/^\/api\/runs\/[^/]+\/charts\/.*$/, "/api/runs/:id/charts/:file"],
  [/^\/api\/runs\/[^/]+\/[^/]+$/, "/api/runs/:id/:file"],
  [/^\/api\/runs\/[^/]+$/, "/api/runs/:id"],
  [
    /^\/api\/(health|reports|breakout|history|table|actors|scenarios|runs|data\/[\w-]+|clocks\/\w+)$/,
    "",
  ],
  [/^\/(index\.html)?$/, ""],
];

/** The route a request is for ("GET /api/runs/:id"), or "(unknown)" for paths no route has. */
function routeOf(method: string, url: string): string {
  const path = url.split("?")[0];
  for (const [pattern, name] of ROUTES) if (pattern.test(path)) return `${method} ${name || path}`;
  return `${method} (unknown route)`;
}

/** Runs one case: undefined when it passed, else what went wrong. */
async function check(app: Hono, c: FuzzCase): Promise<Omit<Failure, "input"> | undefined> {
  if (c.target !== "http") {
    try {
      const messages =
        c.target === "scenario-yaml"
          ? validateScenarioText(c.text, "fuzz.yaml").issues.map((i) => i.message)
          : c.target === "table-yaml"
            ? (() => {
                const r = parseTableConfigIssues(c.text);
                return r.ok ? [] : r.issues.map((i) => i.message);
              })()
            : [
                actorsFromText(
                  c.target === "actors-yaml"
                    ? "config"
                    : c.target === "actors-csv"
                      ? "csv"
                      : "ktabCsv",
                  c.text,
                  "fuzz",
                ).file,
              ];
      const traced = messages.find((m) => STACK.test(m));
      return traced ? { kind: "stack trace", target: c.target, detail: traced } : undefined;
    } catch (error) {
      if (error instanceof UserError)
        return STACK.test(error.message)
          ? { kind: "stack trace", target: c.target, detail: error.message }
          : undefined;
      return { kind: "crash", target: c.target, detail: (error as Error)?.stack ?? String(error) };
    }
  }
  const route = routeOf(c.method, c.path);
  const res = await app.request(c.path, {
    method: c.method,
    headers: c.contentType ? { "content-type": c.contentType } : {},
    body: c.body,
  });
  const text = await res.text();
  if (res.status >= 500)
    return { kind: "5xx", target: route, detail: `${res.status} ${text.slice(0, 300)}` };
  // Error answers carry messages; a success carries data, whose text is the user's and the data's.
  if (res.status >= 400 && STACK.test(text))
    return { kind: "stack trace", target: route, detail: text.slice(0, 300) };
  return undefined;
}

export interface FuzzFigures {
  cases: number;
  seed: number;
  crashes: number;
  responses5xx: number;
  stackTraces: number;
  hangs: number;
  maxCaseMs: number;
  p99CaseMs: number;
  totalSeconds: number;
  byTarget: Record<string, number>;
  /** Time spent per target, ms, largest first. */
  msByTarget: Record<string, number>;
  failures: Failure[];
}

/** Runs `cases` cases from `seed` (in batches, so memory stays flat). */
export async function runFuzz(
  cases: number,
  seed: number,
  onBatch?: (done: number) => void,
): Promise<FuzzFigures> {
  const app = fuzzApp();
  const failures: Failure[] = [];
  const times: number[] = [];
  const byTarget: Record<string, number> = {};
  const msByTarget: Record<string, number> = {};
  const start = performance.now();
  const batch = 500;
  for (let done = 0; done < cases; done += batch) {
    const sample = fc.sample(fuzzCase, {
      numRuns: Math.min(batch, cases - done),
      seed: seed + done,
    });
    for (const c of sample) {
      const key = c.target === "http" ? routeOf(c.method, c.path) : c.target;
      byTarget[key] = (byTarget[key] ?? 0) + 1;
      const t0 = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<Omit<Failure, "input">>((resolve) => {
        timer = setTimeout(
          () => resolve({ kind: "hang", target: key, detail: `no answer in ${TIME_BOX_MS} ms` }),
          TIME_BOX_MS,
        );
      });
      let failure = await Promise.race([check(app, c), timeout]);
      clearTimeout(timer);
      const ms = performance.now() - t0;
      times.push(ms);
      msByTarget[key] = (msByTarget[key] ?? 0) + ms;
      if (!failure && ms > TIME_BOX_MS)
        failure = { kind: "hang", target: key, detail: `blocked for ${Math.round(ms)} ms` };
      if (failure) failures.push({ ...failure, input: JSON.stringify(c).slice(0, 500) });
    }
    onBatch?.(Math.min(cases, done + batch));
  }
  times.sort((a, b) => a - b);
  const count = (kind: Failure["kind"]) => failures.filter((f) => f.kind === kind).length;
  return {
    cases,
    seed,
    crashes: count("crash"),
    responses5xx: count("5xx"),
    stackTraces: count("stack trace"),
    hangs: count("hang"),
    maxCaseMs: Math.round(times[times.length - 1]),
    p99CaseMs: Math.round(times[Math.floor(0.99 * (times.length - 1))]),
    totalSeconds: Math.round((performance.now() - start) / 1000),
    byTarget: Object.fromEntries(Object.entries(byTarget).sort(([a], [b]) => a.localeCompare(b))),
    msByTarget: Object.fromEntries(
      Object.entries(msByTarget)
        .sort(([, a], [, b]) => b - a)
        .map(([k, v]) => [k, Math.round(v)]),
    ),
    failures: failures.slice(0, 50),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const cases = Number(process.argv[2] ?? 100_000);
  const seed = Number(process.argv[3] ?? 20211129);
  const loadBefore = loadavg()[0];
  // Issue 15 item 3: validation at the cap of entries (was 7.8 s for 20,000 unknown keys) and on
  // `[` nested 100,000 deep (was 3.3 s).
  const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join("\n");
  const validation = [
    measure(
      "validate 20,000 unknown top-level keys (the cap)",
      () => validateScenarioText(keys(20_000), "k.yaml"),
      5,
      1,
    ),
    measure(
      "validate 20,001 keys (refused by the lexer pass)",
      () => validateScenarioText(keys(20_001), "k.yaml"),
      5,
      1,
    ),
    measure(
      "validate [ nested 100,000 deep",
      () => validateScenarioText("[".repeat(100_000), "d.yaml"),
      5,
      1,
    ),
  ];
  for (const t of validation)
    process.stdout.write(`${t.name}: median ${t.medianMs.toFixed(0)} ms\n`);
  const figures = await runFuzz(cases, seed, (done) => {
    if (done % 5000 === 0) process.stdout.write(`${done} cases, load ${loadavg()[0].toFixed(2)}\n`);
  });
  const { failures, byTarget, msByTarget, ...summary } = figures;
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(msByTarget, null, 1)}\n`);
  for (const f of failures.slice(0, 10))
    process.stdout.write(
      `${f.kind} ${f.target}: ${f.detail.slice(0, 200)}\n  ${f.input.slice(0, 200)}\n`,
    );
  mkdirSync("bench/results", { recursive: true });
  const machine = { node: process.version, platform: process.platform, arch: process.arch };
  writeFileSync(
    "bench/results/fuzz.json",
    `${JSON.stringify({ machine, loadAverage: { before: loadBefore, after: loadavg()[0] }, validation, ...figures }, null, 2)}\n`,
  );
  process.exitCode = failures.length > 0 ? 1 : 0;
}
