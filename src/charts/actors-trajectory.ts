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

/** Up to 20 distinguishable colours (Tableau 20), for sets too large for direct labels. */
const PALETTE_20 = [
  "#4e79a7",
  "#a0cbe8",
  "#f28e2b",
  "#ffbe7d",
  "#59a14f",
  "#8cd17d",
  "#b6992d",
  "#f1ce63",
  "#499894",
  "#86bcb6",
  "#e15759",
  "#ff9d9a",
  "#79706e",
  "#bab0ac",
  "#d37295",
  "#fabfd2",
  "#b07aa1",
  "#d4a6c8",
  "#9d7660",
  "#d7b5a6",
];
/** Above this many actors, end-of-line labels overlap: a colour legend names them instead. */
const MAX_DIRECT_LABELS = 6;

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
  const direct = r.actorNames.length <= MAX_DIRECT_LABELS;
  const labels = direct ? points.filter((p) => p.round === last) : [];
  return framedSvg(
    {
      marginRight: direct ? 90 : 20,
      marginTop: 24,
      x: { label: "Round →", grid: true },
      y: { label: null, grid: true },
      // Each panel is named at its top left, where a long dimension name has room.
      fy: { label: null, axis: null },
      color: direct
        ? { legend: false, scheme: "tableau10" }
        : { legend: true, domain: r.actorNames, range: PALETTE_20 },
      marks: [
        Plot.text(r.dimensions, {
          fy: (d: string) => d,
          text: (d: string) => d,
          frameAnchor: "top-left",
          dy: -14,
          fontWeight: "bold",
          fontSize: 11,
        }),
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
      subtitle: `Each actor's position (on the input's scale, 0–100 for KTAB) by round${options.scenario ? ` in ${options.scenario}` : ""}; thick black line: the capability × salience weighted mean`,
      source: options.source,
      assumptions:
        "Positions, saliences and capabilities as given in the input; model defaults unless stated.",
      width: options.width ?? 720,
      height: 200 * r.dimensions.length + 40,
    },
    document,
  );
}
