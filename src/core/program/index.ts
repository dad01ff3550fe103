// The public surface of core/program: the program's state on a date, its capacity, JCPOA check.
export { defaultBandAssay, ENRICHED_BANDS } from "./band-assays.js";
export {
  type CapacityOptions,
  type FleetCapacity,
  fleetCapacity,
  type GroupCapacity,
  selectFleet,
} from "./capacity.js";
export { JCPOA_LIMITS, jcpoaCheck, type LimitCheck, type LimitStatus } from "./jcpoa-limits.js";
export {
  type CapacityEvent,
  type FigureConflict,
  type FleetRecord,
  type IaeaReportRecord,
  type MachineTypeRecord,
  type PublishedEstimate,
  type ReportedProductionRate,
  SOURCE_KINDS,
  type SourcedFigure,
  type SourceKind,
  type StockBand,
  WEAK_VENUES,
  type WeakVenue,
} from "./report-record.js";
export {
  MAX_CARRY_QUARTERLY_REPORTS,
  type ResolveResult,
  resolveProgramState,
} from "./resolve.js";
export {
  type CapacityAdjustment,
  type FleetGroup,
  type ProgramState,
  type Provenance,
  type StockState,
  type UnknownStock,
  withUserFigures,
} from "./state.js";
