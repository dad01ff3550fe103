// The closed vocabularies of fleet entries: sites and machine types (keys of data/centrifuges.json).

/** Sites as normalised in data/iaea-reports.json; "all" when a source gives only a total. */
export const FLEET_SITES = ["Natanz FEP", "Natanz PFEP", "Fordow FFEP", "all"] as const;

/**
 * Machine types: the keys of data/centrifuges.json. "advanced" is an unsplit total of IR-2m,
 * IR-4 and IR-6; "IR-s" records the IAEA's "IR-6s".
 */
export const MACHINE_TYPES = ["IR-1", "IR-2m", "IR-4", "IR-5", "IR-6", "IR-s", "advanced"] as const;

export type FleetSite = (typeof FLEET_SITES)[number];
export type MachineTypeKey = (typeof MACHINE_TYPES)[number];
