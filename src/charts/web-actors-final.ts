// Where each actor ends: its final position with the Monte Carlo band, one panel per dimension,
// and the model's forecast as a shaded band.
import * as Plot from "@observablehq/plot";
import { framedSvg } from "./frame.js";

/** A p5/p50/p95 summary (the Monte Carlo's), or a point when the inputs are not uncertain. */
export interface FinalBand {
  p5: number;
  p50: number;
  p95: number;
}

export interface ActorsFinalData {
  model: string;
  dimensions: string[];
  /** Actor → final position per dimension. */
  finalPositions: Record<string, FinalBand[]>;
  /** The forecast per dimension. */
  forecast: FinalBand[];
  /** Draws behind the bands (0 when they are central values only). */
  draws: number;
  seed?: number;
}

/** The final distribution chart. */
export function actorsFinalChart(
  data: ActorsFinalData,
  options: { source: string; width?: number },
  document: Document,
): string {
  const actors = Object.keys(data.finalPositions);
  const rows = actors.flatMap((actor) =>
    data.dimensions.map((dimension, k) => ({ actor, dimension, ...data.finalPositions[actor][k] })),
  );
  const forecast = data.dimensions.map((dimension, k) => ({ dimension, ...data.forecast[k] }));
  const describe = (f: FinalBand) =>
    data.draws > 0
      ? `${f.p50.toFixed(0)} (${f.p5.toFixed(0)}–${f.p95.toFixed(0)})`
      : f.p50.toFixed(0);
  const title = `The ${data.model} forecast: ${forecast.map((f) => `${f.dimension} ${describe(f)}`).join(", ")}`;
  return framedSvg(
    {
      marginLeft: 150,
      x: { label: "Final position →", grid: true },
      y: { domain: actors, label: null },
      fx: { label: null, domain: data.dimensions },
      marks: [
        Plot.rectX(forecast, {
          x1: "p5",
          x2: "p95",
          fx: "dimension",
          fill: "#1f5f8b",
          fillOpacity: 0.12,
        }),
        Plot.ruleX(forecast, { x: "p50", fx: "dimension", stroke: "#1f5f8b", strokeWidth: 2 }),
        Plot.ruleY(rows, { x1: "p5", x2: "p95", y: "actor", fx: "dimension", stroke: "#888" }),
        Plot.dot(rows, {
          x: "p50",
          y: "actor",
          fx: "dimension",
          fill: "#b5443b",
          r: 3.5,
          title: (d) =>
            `${d.actor}, ${d.dimension}: ${d.p50.toFixed(1)} (${d.p5.toFixed(1)}–${d.p95.toFixed(1)})`,
        }),
      ],
    },
    {
      title,
      subtitle:
        data.draws > 0
          ? `Each actor's final position: median (dot) and 5th–95th percentile over ${data.draws} draws (line); blue: the forecast and its band`
          : "Each actor's final position (dot); blue line: the forecast (inputs are point values, so there is no band)",
      source: options.source,
      assumptions:
        data.draws > 0
          ? `Uncertain inputs drawn from their ranges, seed ${data.seed}; model defaults unless stated.`
          : "Positions, saliences and capabilities as given; model defaults unless stated.",
      width: options.width ?? 760,
      height: 70 + 18 * actors.length,
    },
    document,
  );
}
