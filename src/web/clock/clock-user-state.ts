// A fleet and stocks the user types on the Clock page, for a report whose capacity is unknown
// (after June 2025): applied to that report's state, the way --fleet and --stock are on the CLI.
import {
  defaultBandAssay,
  type MachineTypeRecord,
  type ProgramState,
  withUserFigures,
} from "../../core/index.js";

export interface UserFleetRow {
  site: string;
  machineType: string;
  machines: number;
}

/** What the user gave: a fleet and the 60 % and 20 % stocks (kgU), each optional. */
export interface UserState {
  fleet: UserFleetRow[];
  stocks: { band: "upTo20" | "upTo60"; kgU: number }[];
}

const USER = { origin: "user" as const, source: "given on the Clock page" };

/** The state with the user's fleet and stocks: those bands and the fleet become known. */
export function applyUserState(
  state: ProgramState,
  user: UserState,
  machineTypes: MachineTypeRecord[],
): ProgramState {
  const bands = user.stocks.map((s) => s.band);
  const base = withUserFigures(state, bands, user.fleet.length > 0);
  return {
    ...base,
    stocks: [
      ...state.stocks.filter((s) => !(bands as string[]).includes(s.band)),
      ...user.stocks.map((s) => ({
        band: s.band,
        kgU: s.kgU,
        assay: defaultBandAssay(s.band, state.date).assay,
        provenance: USER,
      })),
    ],
    fleet:
      user.fleet.length > 0
        ? user.fleet.map((f) => ({
            site: f.site,
            machineType: f.machineType,
            enrichingMachines: f.machines,
            installedMachines: f.machines,
            machinesPerCascade:
              machineTypes.find((m) => m.machineType === f.machineType)?.machinesPerCascade ?? 170,
            provenance: USER,
          }))
        : state.fleet,
    warnings: [
      ...state.warnings,
      ...user.stocks.map((s) => `${s.band} set by the user to ${s.kgU} kgU (not verified)`),
      ...(user.fleet.length > 0 ? ["fleet given by the user (not verified)"] : []),
    ],
  };
}
