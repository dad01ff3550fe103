import type { FleetGroup } from "./state.js";

const DAYS_PER_YEAR = 365.25;

export interface CapacityOptions {
  /** Sites whose machines may be used; null for all. */
  sites: string[] | null;
  /** Count installed machines that are not yet enriching (they start after the set-up time). */
  useInstalled: boolean;
}

export interface GroupCapacity {
  site: string;
  machineType: string;
  machines: number;
  cascades: number;
  swuPerYear: number;
}

export interface FleetCapacity {
  swuPerYear: number;
  swuPerDay: number;
  machines: number;
  cascades: number;
  groups: GroupCapacity[];
  /** Groups left out because their machine type has no output figure. */
  unrated: { site: string; machineType: string; machines: number }[];
}

/** The groups a plan may use, given the allowed sites ("Fordow" matches "Fordow FFEP"). */
export function selectFleet(fleet: FleetGroup[], sites: string[] | null): FleetGroup[] {
  if (!sites) return fleet;
  const wanted = sites.map((s) => s.toLowerCase());
  return fleet.filter((g) => wanted.some((w) => g.site.toLowerCase().includes(w)));
}

/**
 * Separative capacity of a fleet: C = Σ n_i · δU_i, kg-SWU per year, where δU is the output per
 * machine for its type. Uptime and cascade efficiency are applied by the plan, not here.
 */
export function fleetCapacity(
  fleet: FleetGroup[],
  swuPerMachineYear: Record<string, number>,
  options: CapacityOptions,
): FleetCapacity {
  const groups: GroupCapacity[] = [];
  const unrated: FleetCapacity["unrated"] = [];
  for (const group of selectFleet(fleet, options.sites)) {
    const machines = options.useInstalled ? group.installedMachines : group.enrichingMachines;
    if (machines <= 0) continue;
    const rate = swuPerMachineYear[group.machineType];
    if (rate === undefined || !Number.isFinite(rate)) {
      unrated.push({ site: group.site, machineType: group.machineType, machines });
      continue;
    }
    groups.push({
      site: group.site,
      machineType: group.machineType,
      machines,
      cascades: machines / group.machinesPerCascade,
      swuPerYear: machines * rate,
    });
  }
  const swuPerYear = groups.reduce((sum, g) => sum + g.swuPerYear, 0);
  return {
    swuPerYear,
    swuPerDay: swuPerYear / DAYS_PER_YEAR,
    machines: groups.reduce((sum, g) => sum + g.machines, 0),
    cascades: groups.reduce((sum, g) => sum + g.cascades, 0),
    groups,
    unrated,
  };
}
