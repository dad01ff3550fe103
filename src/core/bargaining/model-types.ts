// The shapes of the model registry, on their own so that the vectors, the game's reductions and the
// registry can all import them without importing each other.

/** One published test vector: inputs in the model's declared order, and the expected outputs. */
export interface BargainingVector {
  input: number[];
  expected: Record<string, number>;
}

/**
 * A bargaining model's properties, declared as data (after OpenSpiel's _GAME_INFO): its source,
 * players, the domain property tests draw inputs from, output bounds and published vectors. The
 * version-1 closed forms and the dynamic game's reductions to them are declared this way.
 */
export interface BargainingModelInfo {
  name: string;
  /** The result it implements ("Rubinstein (1982)"), or the set-up it builds on. */
  source: string;
  /** True for our own algebra on a cited set-up (checked by brute force, not copied). */
  ownAlgebra: boolean;
  players: number;
  /** Input names and the domain a property test may draw each from. */
  inputs: { name: string; low: number; high: number; integer?: boolean }[];
  /** Bounds every output must respect on that domain. */
  bounds: Record<string, { low: number; high: number }>;
  vectors: BargainingVector[];
  evaluate: (input: number[]) => Record<string, number>;
}

/** A model input's value: a number (Infinity where `inf` is allowed) or a list of numbers. */
export type ModelInputValue = number | number[];

/** A model output: a number, a yes/no, a list, labels, or null where it is not defined. */
export type ModelOutputValue = number | boolean | number[] | string[] | null;

/** One input of a closed form as the user sets it (`--set name=value`). */
export interface ModelInputSpec {
  name: string;
  description: string;
  /** The allowed range of the number (of each element, for a list). */
  low: number;
  high: number;
  /** True when the ends are excluded, as for a discount factor in (0, 1). */
  open?: boolean;
  integer?: boolean;
  /** A comma-separated list of at least `minLength` numbers. */
  list?: { minLength: number; maxLength: number };
  /** Also accepts `inf`. */
  infinite?: boolean;
  /** Used when the input is not set; `defaultSource` says where it comes from. */
  default?: ModelInputValue;
  defaultSource?: string;
  /** May be left unset, with no default (some outputs are then null). */
  optional?: boolean;
}

export interface ModelOutputSpec {
  name: string;
  description: string;
  /** Bounds a number (or each element of a list) must respect; property tests check them. */
  low?: number;
  high?: number;
  /** Null for some inputs (said in the description). */
  nullable?: boolean;
}

/** A test vector of a closed form, by input name, with the source it is checked against. */
export interface ModelVector {
  inputs: Record<string, ModelInputValue>;
  expected: Record<string, ModelOutputValue>;
  source: string;
}

/** A closed form the user can evaluate: `leverage model <id> --set …`. */
export interface ClosedFormModel {
  id: string;
  /** What it computes, in plain words. */
  title: string;
  source: string;
  ownAlgebra: boolean;
  inputs: ModelInputSpec[];
  outputs: ModelOutputSpec[];
  /** What the list outputs are indexed by ("slips" from 0, "stage" from 1), for tables. */
  listIndex?: { name: string; from: number };
  /** A condition across inputs; the message names the keys. Null when it holds. */
  check?: (inputs: Record<string, ModelInputValue>) => string | null;
  vectors: ModelVector[];
  compute: (inputs: Record<string, ModelInputValue>) => Record<string, ModelOutputValue>;
}
