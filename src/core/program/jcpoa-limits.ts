import type { ProgramState } from "./state.js";

const JCPOA_URL =
  "https://www.europarl.europa.eu/cmsdata/122460/full-text-of-the-iran-nuclear-deal.pdf";

/** The JCPOA Annex I limits the check applies, each with its paragraph and a short label. */
export const JCPOA_LIMITS = {
  maxAssay: {
    value: 0.0367,
    label: "enrichment level",
    rule: "Annex I §28: enrichment up to 3.67 % for 15 years",
    source: JCPOA_URL,
  },
  maxEnrichedKgU: {
    value: 202.8,
    label: "enriched uranium stock",
    rule: "Annex I §56: 300 kg UF6 of up to 3.67 % (202.8 kgU) for 15 years",
    source: JCPOA_URL,
  },
  maxIr1AtNatanz: {
    value: 5060,
    label: "IR-1 enriching at Natanz",
    rule: "Annex I §27: no more than 5,060 IR-1 enriching at Natanz FEP for 10 years",
    source: JCPOA_URL,
  },
  advancedEnriching: {
    value: 0,
    label: "advanced machines enriching",
    rule: "Annex I §29–§39: enrichment only with IR-1 for 10 years; advanced machines for R&D without accumulating enriched uranium",
    source: JCPOA_URL,
  },
  fordowEnriching: {
    value: 0,
    // Fordow may hold 1,044 IR-1 (Annex I §46), but none may enrich: the limit is on enriching machines.
    label: "enriching machines at Fordow",
    rule: "Annex I §45: no enrichment and no nuclear material at Fordow for 15 years",
    source: JCPOA_URL,
  },
} as const;

export type LimitStatus = "exceeded" | "within" | "unknown";

export interface LimitCheck {
  limit: keyof typeof JCPOA_LIMITS;
  /** What the limit counts, in words ("enriching machines at Fordow"). */
  label: string;
  rule: string;
  source: string;
  allowed: number;
  /** The state's figure; null when its input is unknown. A lower bound when `atLeast`. */
  actual: number | null;
  unit: string;
  /** "unknown" when the input is unknown: never "within" for lack of data. */
  status: LimitStatus;
  /** status === "exceeded", for callers that only need yes or no. */
  exceeded: boolean;
  /** True when part of the input is unknown and the known part already exceeds the limit. */
  atLeast: boolean;
  /** actual − allowed, in the limit's unit (0 when within, null when unknown). */
  excess: number | null;
  /** actual ÷ allowed, when the limit is not zero and the actual is known. */
  ratio: number | null;
  /** Why the status is unknown, or what `atLeast` leaves out. */
  note?: string;
}

/**
 * A check of `actual` against a limit. With part of the input unknown (`missing`), an actual over
 * the limit is still exceeded (at least); one within it says nothing: unknown.
 */
const check = (
  limit: keyof typeof JCPOA_LIMITS,
  actual: number | null,
  unit: string,
  missing: string | null = null,
): LimitCheck => {
  const { value, rule, source, label } = JCPOA_LIMITS[limit];
  const over = actual !== null && actual > value + 1e-9;
  const status: LimitStatus = over ? "exceeded" : actual === null || missing ? "unknown" : "within";
  const known = status !== "unknown" ? actual : null;
  return {
    limit,
    label,
    rule,
    source,
    allowed: value,
    actual: known,
    unit,
    status,
    exceeded: status === "exceeded",
    atLeast: status === "exceeded" && missing !== null,
    excess: known === null ? null : Math.max(0, known - value),
    ratio: known !== null && value > 0 ? known / value : null,
    ...(missing ? { note: missing } : {}),
  };
};

const ADVANCED = /^(IR-2m|IR-4|IR-5|IR-6|IR-s|advanced)$/;

/** Which JCPOA Annex I limits a program state exceeds, by how much, and which are unknown. */
export function jcpoaCheck(state: ProgramState): LimitCheck[] {
  const held = state.stocks.filter((s) => s.kgU > 0);
  const maxAssay = held.reduce((max, s) => Math.max(max, s.assay), 0);
  const enrichedKgU = held.reduce((sum, s) => sum + s.kgU, 0);
  const unknownBands = (state.unknownStocks ?? []).map((u) => u.band);
  const stocksMissing =
    unknownBands.length > 0 ? `the ${unknownBands.join(", ")} stock is unknown` : null;
  const fleetMissing = state.fleetUnknown
    ? `the fleet is unknown since ${state.fleetUnknown.since}`
    : null;
  const enrichingAt = (site: RegExp, type: RegExp) =>
    fleetMissing
      ? null
      : state.fleet
          .filter((g) => site.test(g.site) && type.test(g.machineType))
          .reduce((sum, g) => sum + g.enrichingMachines, 0);
  return [
    check(
      "maxAssay",
      held.length > 0 || !stocksMissing ? maxAssay : null,
      "assay (fraction)",
      stocksMissing,
    ),
    check(
      "maxEnrichedKgU",
      held.length > 0 || !stocksMissing ? enrichedKgU : null,
      "kgU",
      stocksMissing,
    ),
    check("maxIr1AtNatanz", enrichingAt(/Natanz FEP|^all$/, /^IR-1$/), "machines", fleetMissing),
    check(
      "advancedEnriching",
      enrichingAt(/^Natanz FEP$|^Fordow FFEP$|^all$/, ADVANCED),
      "machines",
      fleetMissing,
    ),
    check("fordowEnriching", enrichingAt(/Fordow/, /./), "machines", fleetMissing),
  ];
}
