import type { Dist } from "../uncertain/index.js";
import { parseDist, point } from "../uncertain/index.js";
import type { ActorsConfig, JudgedValue } from "./config-schema.js";
import type { UncertainActorSet } from "./monte-carlo.js";
import { scaleDist } from "./scale-dist.js";
import type { ActorSeriesPoint } from "./types.js";

/** A problem in a config, with the path of the field (for the loader to turn into a line). */
export interface ConfigIssue {
  path: (string | number)[];
  message: string;
}

export type ResolvedConfig =
  | { ok: true; value: UncertainActorSet & { uncertain: boolean } }
  | { ok: false; issues: ConfigIssue[] };

/**
 * Turns a validated config into model inputs: quantities become distributions, saliences are
 * divided by 100, series become `ActorSeriesPoint`s. Checks what the schema cannot: every actor has a
 * position and salience for every dimension and no unknown ones, positions lie in 0–100, saliences
 * sum to at most 100, and actor names are unique.
 */
export function resolveActorsConfig(config: ActorsConfig): ResolvedConfig {
  const issues: ConfigIssue[] = [];
  const dimIds = config.dimensions.map((d) => d.id);
  let uncertain = false;
  const read = (v: JudgedValue, path: (string | number)[], low: number, high: number) => {
    const raw = typeof v === "object" ? v.value : v;
    const seriesIn = typeof v === "object" ? v.series : undefined;
    if (raw === undefined && !seriesIn) {
      issues.push({ path, message: "give a value or a series" });
      return { dist: point(low) };
    }
    let dist: Dist = point(seriesIn ? seriesIn[0][1] : low);
    if (typeof raw === "number") dist = point(raw);
    else if (typeof raw === "string") {
      const parsed = parseDist(raw);
      if (!parsed.ok)
        issues.push({
          path: [...path, ...(typeof v === "object" ? ["value"] : [])],
          message: parsed.error,
        });
      else dist = parsed.value;
    }
    if (dist.kind !== "point") uncertain = true;
    const inRange = (x: number) => x >= low && x <= high;
    if (dist.kind === "point" && !inRange(dist.value))
      issues.push({ path, message: `${dist.value} is outside ${low} to ${high}` });
    const series: ActorSeriesPoint[] | undefined = seriesIn?.map(([round, value]) => ({
      round,
      value,
    }));
    seriesIn?.forEach(([, value], i) => {
      if (!inRange(value))
        issues.push({
          path: [...path, "series", i, 1],
          message: `${value} is outside ${low} to ${high}`,
        });
    });
    return { dist, series };
  };
  const seen = new Map<string, number>();
  const actors = config.actors.map((a, i) => {
    const first = seen.get(a.name);
    if (first !== undefined)
      issues.push({
        path: ["actors", i, "name"],
        message: `duplicate actor name "${a.name}" (also actors[${first}])`,
      });
    seen.set(a.name, i);
    for (const key of ["positions", "saliences"] as const)
      for (const id of Object.keys(a[key]))
        if (!dimIds.includes(id))
          issues.push({
            path: ["actors", i, key, id],
            message: `unknown dimension "${id}"; expected one of ${dimIds.join(", ")}`,
          });
    const capability = read(a.capability, ["actors", i, "capability"], 0, Number.POSITIVE_INFINITY);
    const position = dimIds.map((id) => {
      const v = a.positions[id];
      if (v === undefined)
        issues.push({
          path: ["actors", i, "positions"],
          message: `missing position for dimension "${id}"`,
        });
      return read(v ?? 0, ["actors", i, "positions", id], 0, 100).dist;
    });
    const salienceRead = dimIds.map((id) => {
      const v = a.saliences[id];
      if (v === undefined)
        issues.push({
          path: ["actors", i, "saliences"],
          message: `missing salience for dimension "${id}"`,
        });
      return read(v ?? 0, ["actors", i, "saliences", id], 0, 100);
    });
    const pointSum = salienceRead.reduce(
      (s, r) => s + (r.dist.kind === "point" ? r.dist.value : 0),
      0,
    );
    if (pointSum > 100 + 1e-9)
      issues.push({
        path: ["actors", i, "saliences"],
        message: `saliences sum to ${pointSum}, more than 100`,
      });
    const scale = (d: Dist): Dist => scaleDist(d, 0.01);
    return {
      name: a.name,
      capability: capability.dist,
      capabilitySeries: capability.series,
      position,
      salience: salienceRead.map((r) => scale(r.dist)),
      salienceSeries: salienceRead.some((r) => r.series)
        ? salienceRead.map((r) => r.series?.map((p) => ({ round: p.round, value: p.value / 100 })))
        : undefined,
    };
  });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      name: config.name,
      dimensions: config.dimensions.map((d) => d.name),
      actors,
      positionRange: [0, 100],
      uncertain,
    },
  };
}
