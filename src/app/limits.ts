// Every range and default of a use case's options, written once. The CLI's flags (their parsers
// and help), the API's zod schemas and docs/api.md all read them from here. Plain numbers and no
// zod, so `leverage --help` can load this module without loading a validation library.
import { MAX_SEED } from "../core/rng.js";

export { MAX_SEED };

/** A count as limits are written in messages: 250,000. */
export const count = (n: number) => n.toLocaleString("en-US");

/** An allowed range of whole numbers. */
export interface Range {
  min: number;
  max: number;
}

/**
 * A whole-number option: its range and default on the command line, and, when the API allows less
 * per request (its work runs inside a server that others share), the API's own cap and default.
 */
export interface Setting extends Range {
  default?: number;
  api?: { max: number; default?: number };
}

/** The seed every use case accepts. */
export const SEED: Range = { min: 0, max: MAX_SEED };

/** The API's default seed: the same request gives the same numbers (and can be cached). */
export const API_DEFAULT_SEED = 1;

export const BREAKOUT = {
  samples: { min: 100, max: 1_000_000, default: 10_000, api: { max: 100_000, default: 1000 } },
  quantities: { min: 1, max: 100, default: 3 },
  /** Draws per alternative path; 0 gives each path's central value only. */
  alternativeSamples: { min: 0, max: 5000, default: 500, api: { max: 5000, default: 0 } },
  projectMonths: { min: 1, max: 36 },
} satisfies Record<string, Setting>;

export const HISTORY = {
  /** Draws per report. */
  samples: { min: 100, max: 1_000_000, default: 2000, api: { max: 10_000, default: 500 } },
} satisfies Record<string, Setting>;

export const TABLE = {
  /** Draws per strategy. */
  samples: { min: 100, max: 1_000_000, default: 10_000, api: { max: 50_000, default: 2000 } },
  /** Draws per tornado bar end; 0 for no tornado. */
  tornadoSamples: { min: 0, max: 100_000, default: 500, api: { max: 5000, default: 0 } },
} satisfies Record<string, Setting>;

export const ACTORS = {
  /** Cap on rounds (mean, median, bdm) or turns (smp). */
  rounds: { min: 1, max: 10_000 },
  /** Monte Carlo draws when inputs are uncertain. */
  draws: { min: 1, max: 100_000, default: 200, api: { max: 5000, default: 200 } },
} satisfies Record<string, Setting>;

export const SCENARIO_RUN = {
  /** Overrides the scenario's own draws. */
  samples: { min: 100, max: 1_000_000 },
} satisfies Record<string, Setting>;

/** Worker threads a CLI run may start (0 runs in the main thread). */
export const THREADS: Range = { min: 0, max: 64 };

/** Longest text of a YAML or CSV input (a scenario, a table config, actors), in characters. */
export const MAX_TEXT_CHARS = 500_000;

/**
 * Largest input file the CLI reads, in bytes (checked while reading, so `/dev/zero` or a huge
 * file stops at once); its text must then also fit MAX_TEXT_CHARS.
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** YAML limits, checked by one pass of the lexer before the full parse (app/yaml-text.ts). */
export const YAML_LIMITS = {
  maxChars: MAX_TEXT_CHARS,
  /** Nesting of flow collections, [ ] and { }. */
  maxDepth: 64,
  /** Indentation of block collections, in columns. */
  maxIndent: 256,
  /** Keys, list items and flow items, all together. */
  maxEntries: 20_000,
  /** yaml's cap on alias expansion (copies made of an anchored node), against "billion laughs". */
  maxAliasCount: 100,
};

/** Problems listed for one input at most (the rest are counted). */
export const MAX_ISSUES = 50;

/**
 * Sizes of a whole piece of work, where the draws multiply: a cap on the command line (your own
 * machine), a lower one in the API (a server others share).
 */
export const WORK = {
  /** Draws of a POST /api/table: strategies × (samples + tornadoSamples × (1 + 2 × inputs)). */
  tableDraws: { cli: Number.POSITIVE_INFINITY, api: 250_000 },
  /** Weeks of the bargaining game's horizon (game.horizonWeeks). */
  horizonWeeks: { cli: 1040, api: 520 },
  /** Actors in one actors input. SMP's cost grows about as actors⁴ per turn. */
  actors: { cli: 1000, api: 50 },
  /** Dimensions (issues) in one actors input. */
  dimensions: { cli: 100, api: 10 },
  /** Actors × dimensions. */
  actorCells: { cli: 10_000, api: 200 },
  /** Monte Carlo draws × actors × dimensions, when inputs are uncertain. */
  actorDrawCells: { cli: Number.POSITIVE_INFINITY, api: 50_000 },
  /** Draws of one scenario run: samples × (strategies + 1, for the clock). */
  scenarioDraws: { cli: Number.POSITIVE_INFINITY, api: 1_000_000 },
} satisfies Record<string, { cli: number; api: number }>;
