import type { ProgramState } from "./state.js";

const JCPOA_URL =
  "https://www.europarl.europa.eu/cmsdata/122460/full-text-of-the-iran-nuclear-deal.pdf";

/** The JCPOA Annex I limits the check applies, each with its paragraph. */
export const JCPOA_LIMITS = {
  maxAssay: {
    value: 0.0367,
    rule: "Annex I §28: enrichment up to 3.67 % for 15 years",
    source: JCPOA_URL,
  },
  maxEnrichedKgU: {
    value: 202.8,
    rule: "Annex I §56: 300 kg UF6 of up to 3.67 % (202.8 kgU) for 15 years",
    source: JCPOA_URL,
  },
  maxIr1AtNatanz: {
    value: 5060,
    rule: "Annex I §27: no more than 5,060 IR-1 enriching at Natanz FEP for 10 years",
    source: JCPOA_URL,
  },
  advancedEnriching: {
    value: 0,
    rule: "Annex I §29–§39: enrichment only with IR-1 for 10 years; advanced machines for R&D without accumulating enriched uranium",
    source: JCPOA_URL,
  },
  fordowEnriching: {
    value: 0,
    rule: "Annex I §45: no enrichment and no nuclear material at Fordow for 15 years",
    source: JCPOA_URL,
  },
} as const;

export interface LimitCheck {
  limit: keyof typeof JCPOA_LIMITS;
  rule: string;
  source: string;
  allowed: number;
  actual: number;
  unit: string;
  exceeded: boolean;
  /** actual − allowed, in the limit's unit (0 when within). */
  excess: number;
  /** actual ÷ allowed, when the limit is not zero. */
  ratio: number | null;
}

const check = (limit: keyof typeof JCPOA_LIMITS, actual: number, unit: string): LimitCheck => {
  const { value, rule, source } = JCPOA_LIMITS[limit];
  return {
    limit,
    rule,
    source,
    allowed: value,
    actual,
    unit,
    exceeded: actual > value + 1e-9,
    excess: Math.max(0, actual - value),
    ratio: value > 0 ? actual / value : null,
  };
};

const ADVANCED = /^(IR-2m|IR-4|IR-5|IR-6|IR-s|advanced)$/;

/** Which JCPOA Annex I limits a program state exceeds, and by how much. */
export function jcpoaCheck(state: ProgramState): LimitCheck[] {
  const held = state.stocks.filter((s) => s.kgU > 0);
  const maxAssay = held.reduce((max, s) => Math.max(max, s.assay), 0);
  const enrichedKgU = held.reduce((sum, s) => sum + s.kgU, 0);
  const enrichingAt = (site: RegExp, type: RegExp) =>
    state.fleet
      .filter((g) => site.test(g.site) && type.test(g.machineType))
      .reduce((sum, g) => sum + g.enrichingMachines, 0);
  return [
    check("maxAssay", maxAssay, "assay (fraction)"),
    check("maxEnrichedKgU", enrichedKgU, "kgU"),
    check("maxIr1AtNatanz", enrichingAt(/Natanz FEP|^all$/, /^IR-1$/), "machines"),
    check(
      "advancedEnriching",
      enrichingAt(/^Natanz FEP$|^Fordow FFEP$|^all$/, ADVANCED),
      "machines",
    ),
    check("fordowEnriching", enrichingAt(/Fordow/, /./), "machines"),
  ];
}
