// The public surface of core/program: filled in by its engine.
export type {
  FigureConflict,
  FleetRecord,
  IaeaReportRecord,
  MachineTypeRecord,
  PublishedEstimate,
  SourcedFigure,
  StockBand,
} from "./report-record.js";
