// Physical and safeguards constants, each with its source.

/** U-235 weight fraction of natural uranium (0.711 wt %; 0.720 atom %). NIST / IAEA. */
export const NATURAL_ASSAY = 0.00711;

/** kg of uranium in 1 kg of UF6: 238.03/352.02 = 0.6762 (IAEA reports convert with this factor). */
export const KGU_PER_KG_UF6 = 0.6762;

/** Weapon-grade assay used by think tanks ("25 kg of 90 % WGU", ISIS). */
export const WEAPON_GRADE_ASSAY = 0.9;

/** kg of 90 % uranium per weapon's worth, the think-tank convention (ISIS). */
export const WGU_KG_PER_WEAPON = 25;

/**
 * The IAEA significant quantity of high-enriched uranium: 25 kg of U-235 contained
 * (IAEA Safeguards Glossary 2022, §3.14), i.e. 27.8 kg of uranium at 90 %.
 */
export const SQ_U235_KG = 25;
