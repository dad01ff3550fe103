import type { MachineTypeRecord, StockBand } from "../program/index.js";
import { type Dist, to, uniform } from "../uncertain/index.js";
import type { BreakoutAssumptions } from "./assumptions.js";

/**
 * Default assumptions and why each was chosen. They were set once against the three ISIS
 * calibration rows in clock.md (docs/methodology.md shows the fit) and are not tuned per report.
 */
export const DEFAULT_BASIS: Record<string, string> = {
  target: "25 kg of 90 % uranium per weapon, the think-tank convention (ISIS)",
  stocksUsed:
    "every declared stock plus natural uranium: the fastest plan, as published estimates assume",
  naturalUraniumKgU: "not limiting: Iran holds tonnes of natural uranium (judgement)",
  sites: "all declared enrichment sites",
  useInstalled: "installed machines count, as in ISIS's 'installed capacity' (Feb 2020 basis)",
  machineSwuPerYear:
    "data/centrifuges.json: clock.md planning ranges read as 90 % intervals (lognormal)",
  uptime:
    "0.85 to 1: some installed machines idle or fail (judgement; IR-1 crash rates in ISIS reports)",
  "efficiency.ir1.leu":
    "0.7 to 0.9: IR-1 cascades run below rating in a multi-step breakout (judgement; set against ISIS Feb 2020)",
  "efficiency.ir1.heu":
    "0.35 to 0.65: IR-1 cascades, built for LEU, do HEU steps poorly (judgement; set against ISIS Feb 2020)",
  "efficiency.advanced.leu": "0.8 to 1 (judgement)",
  "efficiency.advanced.heu":
    "0.8 to 1: advanced cascades already at 60 % do the last steps near their rating (judgement; set against ISIS Nov 2023)",
  setupDays:
    "1 to 4 days to re-pipe the first cascades and reach equilibrium (judgement; set against ISIS Nov 2021 and Nov 2023)",
  tailsRange:
    "the tails a time-minimising plan may pick for each feed; higher tails are faster when feed is plentiful (judgement)",
  "tailsRange.natural": "0.25–0.5 %: usual practice for natural feed (judgement)",
  "tailsRange.upTo2": "0.3–1 % (judgement)",
  "tailsRange.upTo5":
    "0.3–0.5 %: IR-1-era plants strip LEU feed this far (judgement; set against ISIS Feb 2020 and the Nov 2023 curve)",
  "tailsRange.upTo20": "0.3–10 %: up to half the feed assay (judgement)",
  "tailsRange.upTo60":
    "0.3–30 %: up to half the feed assay; 'a higher tails assay' (ISIS Nov 2023)",
  heuCascades:
    "4: the best four cascades take the HEU steps first (ISIS's basis for Nov 2023: 'four advanced cascades')",
  reconfigurationDays:
    "10 to 30 days before the other cascades are re-piped for HEU steps (judgement; set against ISIS's Nov 2023 weapons-by-month curve)",
  stockCapsKgU: "none: the stocks as reported",
  capacityBasis:
    "larger: the larger of the capacity a reported 60 % production rate implies and what the machine counts imply at its sites (issue 12; docs/methodology.md §2.3)",
  productionTails:
    "the tails of the cascades behind a reported 60 % rate (judgement): from ≤5 % feed 1–3 % (a 60 % cascade strips its feed only partly), from 20 % feed 2–10 % (up to half the feed assay)",
  "productionTails.upTo5":
    "1–3 %: cascades making 60 % from ≤5 % feed strip it only partly (judgement)",
  "productionTails.upTo20": "2–10 %: up to half the feed assay (judgement)",
  bandAssays: "the band's production level (core/program/band-assays.ts)",
  extraMachines: "none",
};

/** Tails of the cascades behind a reported 60 % rate, by feed band (judgement; methodology §2.3). */
export const DEFAULT_PRODUCTION_TAILS: Partial<Record<StockBand, [number, number]>> = {
  upTo5: [0.01, 0.03],
  upTo20: [0.02, 0.1],
};

export const DEFAULT_TAILS_RANGE: Record<StockBand, [number, number]> = {
  natural: [0.0025, 0.005],
  upTo2: [0.003, 0.01],
  upTo5: [0.003, 0.005],
  upTo20: [0.003, 0.1],
  upTo60: [0.003, 0.3],
};

/** Machine output ranges from data/centrifuges.json, as "low to high" (a 90 % lognormal interval). */
export function machineRates(machineTypes: MachineTypeRecord[]): Record<string, Dist> {
  const rates: Record<string, Dist> = {};
  for (const m of machineTypes) {
    if (m.swuPerYearLow !== null && m.swuPerYearHigh !== null) {
      rates[m.machineType] = to(m.swuPerYearLow, m.swuPerYearHigh);
    }
  }
  return rates;
}

/** The default assumptions, given the machine types of the bundled data. */
export function defaultAssumptions(machineTypes: MachineTypeRecord[]): BreakoutAssumptions {
  return {
    target: "wgu25",
    stocksUsed: ["natural", "upTo2", "upTo5", "upTo20", "upTo60"],
    naturalUraniumKgU: null,
    sites: null,
    useInstalled: true,
    machineSwuPerYear: machineRates(machineTypes),
    // Bounded shares are uniform: a lognormal "a to b" would put 5 % of draws above 1.
    uptime: uniform(0.85, 1),
    efficiency: {
      ir1: { leu: uniform(0.7, 0.9), heu: uniform(0.35, 0.65) },
      advanced: { leu: uniform(0.8, 1), heu: uniform(0.8, 1) },
    },
    setupDays: to(1, 4),
    tailsRange: DEFAULT_TAILS_RANGE,
    heuCascades: 4,
    reconfigurationDays: to(10, 30),
    stockCapsKgU: {},
    bandAssays: {},
    extraMachines: [],
    replaceFleet: false,
    capacityBasis: "larger",
    productionTails: DEFAULT_PRODUCTION_TAILS,
  };
}
