// The bundled data (so the browser worker can resolve states itself) and the list of reports.
import { Hono } from "hono";
import { loadMachineTypes, loadReports, loadTimeline } from "../../data/index.js";
import type { Versions } from "../runs/run-service.js";

/** GET /health, /data/reports, /data/machine-types, /data/timeline and /reports. */
export function dataRoutes(versions: Versions) {
  const reportSummaries = () => {
    const { dataVersion, reports } = loadReports();
    return {
      dataVersion,
      reports: reports.map((r) => ({
        label: r.label,
        reportDate: r.reportDate,
        asOfDate: r.asOfDate,
        stocksKgU: Object.fromEntries(
          Object.entries(r.stocksKgU).map(([band, figure]) => [band, figure?.value]),
        ),
        publishedEstimates: r.publishedEstimates,
      })),
    };
  };
  return new Hono()
    .get("/health", (c) => c.json({ ok: true, ...versions }))
    .get("/data/reports", (c) => {
      const { dataVersion, reports } = loadReports();
      return c.json({ dataVersion, reports });
    })
    .get("/data/machine-types", (c) => c.json(loadMachineTypes()))
    .get("/data/timeline", (c) => c.json(loadTimeline()))
    .get("/reports", (c) => c.json(reportSummaries()));
}
