// Actors' positions over rounds, one panel per dimension, with the weighted mean drawn thick.
import * as Plot from "@observablehq/plot";
import type { ActorTrajectory } from "../core/index.js";
import { framedSvg } from "./frame.js";

export interface ActorsTrajectoryOptions {
  /** Where the inputs come from (printed under the chart). */
  source: string;
  scenario?: string;
  /** The finding; defaults to the forecast on each dimension. */
  title?: string;
  width?: number;
}

function defaultTitle(r: ActorTrajectory): string {
  const parts = r.dimensions.map((d, k) => `${d} ${r.forecast[k].toFixed(1)}`);
  return `The ${r.model} forecast after ${r.rounds.length - 1} round(s): ${parts.join(", ")}`;
}

/**
 * Lines of each actor's position (y, 0–100 or the input's units) against the round (x), faceted
 * by dimension; the capability-salience-weighted mean as a thick black line. Pure given `document`.
 */
export function actorsTrajectoryChart(
  r: ActorTrajectory,
  options: ActorsTrajectoryOptions,
  document: Document,
): string {
  const points = r.rounds.flatMap((positions, round) =>
    positions.flatMap((p, i) =>
      r.dimensions.map((dimension, k) => ({
        round,
        actor: r.actorNames[i],
        dimension,
        position: p[k],
      })),
    ),
  );
  const means = r.meanByRound.flatMap((m, round) =>
    r.dimensions.map((dimension, k) => ({ round, dimension, position: m[k] })),
  );
  const last = r.rounds.length - 1;
  const labels = points.filter((p) => p.round === last);
  return framedSvg(
    {
      marginRight: 90,
      x: { label: "Round →", grid: true },
      y: { label: "↑ Position", grid: true },
      fy: { label: null },
      color: { legend: false, scheme: "tableau10" },
      marks: [
        Plot.line(points, {
          x: "round",
          y: "position",
          z: "actor",
          stroke: "actor",
          fy: "dimension",
          strokeOpacity: 0.8,
        }),
        Plot.line(means, {
          x: "round",
          y: "position",
          fy: "dimension",
          stroke: "black",
          strokeWidth: 3,
        }),
        Plot.text(labels, {
          x: "round",
          y: "position",
          fy: "dimension",
          text: "actor",
          textAnchor: "start",
          dx: 4,
          fontSize: 9,
          fill: "actor",
        }),
      ],
    },
    {
      title: options.title ?? defaultTitle(r),
      subtitle: `Each actor's position by round${options.scenario ? ` in ${options.scenario}` : ""}; thick black line: the capability × salience weighted mean`,
      source: options.source,
      assumptions:
        "Positions, saliences and capabilities as given in the input; model defaults unless stated.",
      width: options.width ?? 720,
      height: 200 * r.dimensions.length + 40,
    },
    document,
  );
}
