import type { ProgramState } from "../program/index.js";
import type { BreakoutAssumptions } from "./assumptions.js";

/** A named alternative path: the same report under changed assumptions (or a changed state). */
export interface AlternativePath {
  name: string;
  description: string;
  patch: (a: BreakoutAssumptions) => BreakoutAssumptions;
  patchState?: (s: ProgramState) => ProgramState;
}

const JCPOA_SOURCE = "JCPOA Annex I §27, §28, §56 (data/jcpoa-rules.json)";

/** JCPOA Annex I: 5,060 IR-1 at Natanz, 202.8 kgU of LEU at 3.67 %, nothing at Fordow. */
const jcpoaState = ({
  productionRates,
  capacityAdjustments,
  unknownStocks,
  fleetUnknown,
  ...s
}: ProgramState): ProgramState => ({
  ...s,
  stocks: [
    {
      band: "upTo5",
      kgU: 202.8,
      assay: 0.0367,
      provenance: { origin: "default", source: JCPOA_SOURCE },
    },
  ],
  fleet: [
    {
      site: "Natanz FEP",
      machineType: "IR-1",
      enrichingMachines: 5060,
      installedMachines: 5060,
      machinesPerCascade: 164,
      provenance: { origin: "default", source: JCPOA_SOURCE },
    },
  ],
});

/**
 * The paths clock.md asks for beside the fastest one. Each says what it changes; all of them
 * keep every other assumption as the user set it.
 */
export const ALTERNATIVE_PATHS: AlternativePath[] = [
  {
    name: "heu-stocks-only",
    description: "only the near-20 % and 60 % stocks as feed (ISIS's Nov 2021 basis)",
    patch: (a) => ({ ...a, stocksUsed: ["upTo20", "upTo60"] }),
  },
  {
    name: "no-heu-stocks",
    description: "only natural uranium and LEU up to 5 % as feed",
    patch: (a) => ({ ...a, stocksUsed: ["natural", "upTo2", "upTo5"] }),
  },
  {
    name: "natural-uranium-only",
    description: "only fresh natural uranium as feed (declared stocks kept under safeguards)",
    patch: (a) => ({ ...a, stocksUsed: ["natural"] }),
  },
  {
    name: "fordow-only",
    description: "only the machines at Fordow (deep underground)",
    patch: (a) => ({ ...a, sites: ["Fordow"] }),
  },
  {
    name: "covert-3000-ir2m",
    description: "a covert plant of 3,000 IR-2m alone, fed from the declared stocks",
    patch: (a) => ({
      ...a,
      replaceFleet: true,
      extraMachines: [
        { site: "covert plant", machineType: "IR-2m", machines: 3000, machinesPerCascade: 174 },
      ],
    }),
  },
  {
    name: "jcpoa-limits-restored",
    description: "the JCPOA's limits: 5,060 IR-1 at Natanz, 202.8 kgU at 3.67 %, nothing else",
    patch: (a) => ({
      ...a,
      stocksUsed: ["natural", "upTo5"],
      bandAssays: { ...a.bandAssays, upTo5: 0.0367 },
      sites: null,
    }),
    patchState: jcpoaState,
  },
  {
    name: "textbook-tails",
    description:
      "every feed stripped to 0.3 % tails, as in the textbook four-step chain (slower, feed-saving)",
    patch: (a) => ({
      ...a,
      tailsRange: Object.fromEntries(
        Object.keys(a.tailsRange).map((band) => [band, [0.003, 0.003]]),
      ) as BreakoutAssumptions["tailsRange"],
    }),
  },
];
