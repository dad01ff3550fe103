import type { Dist } from "./dist.js";
import { DIST_KINDS } from "./dist.js";

/** A validated `Dist`, or a message that names the parameter and its allowed range. */
export type DistResult = { ok: true; value: Dist } | { ok: false; error: string };

function fail(error: string): DistResult {
  return { ok: false, error };
}

const FIELDS: Record<Dist["kind"], readonly string[]> = {
  point: ["value"],
  to: ["low", "high"],
  normal: ["mean", "sd"],
  uniform: ["low", "high"],
  beta: ["alpha", "beta"],
  triangular: ["low", "mode", "high"],
};

// The first problem with the fields of a known kind: a missing, non-finite or unexpected one.
function fieldProblem(kind: Dist["kind"], params: Record<string, unknown>): string | undefined {
  for (const name of FIELDS[kind]) {
    const v = params[name];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      return `${kind}: ${name} must be a finite number, got ${v === undefined ? "nothing" : String(v)}`;
    }
  }
  const extra = Object.keys(params).find((k) => !FIELDS[kind].includes(k));
  return extra === undefined ? undefined : `${kind}: unexpected field '${extra}'`;
}

/**
 * Checks that `d` is a well-formed distribution: a known kind, finite parameters, and each
 * family's constraints (to: low ≤ high; normal: sd > 0; uniform: low < high; beta: alpha, beta > 0;
 * triangular: low ≤ mode ≤ high, low < high). For the zod layer and `parseDist`.
 */
export function checkDist(d: Dist): DistResult {
  const { kind, ...params } = d as Dist & Record<string, unknown>;
  if (!(DIST_KINDS as readonly string[]).includes(kind)) {
    return fail(
      `unknown distribution kind '${String(kind)}'; expected one of ${DIST_KINDS.join(", ")}`,
    );
  }
  const problem = fieldProblem(kind, params);
  if (problem !== undefined) return fail(problem);
  switch (d.kind) {
    case "to":
      if (d.low > d.high)
        return fail(`low (${d.low}) must be ≤ high (${d.high}) in '${d.low} to ${d.high}'`);
      if (!Number.isFinite(d.high - d.low)) return fail("to: high − low must be finite");
      break;
    case "normal":
      if (!(d.sd > 0)) return fail(`normal: sd must be > 0, got ${d.sd}`);
      break;
    case "uniform":
      if (!(d.low < d.high)) return fail(`uniform: low (${d.low}) must be < high (${d.high})`);
      if (!Number.isFinite(d.high - d.low)) return fail("uniform: high − low must be finite");
      break;
    case "beta":
      if (!(d.alpha > 0 && d.beta > 0)) {
        return fail(`beta needs alpha > 0 and beta > 0, got alpha ${d.alpha}, beta ${d.beta}`);
      }
      break;
    case "triangular":
      if (!(d.low <= d.mode && d.mode <= d.high && d.low < d.high)) {
        return fail(
          `triangular needs low ≤ mode ≤ high and low < high, got (${d.low}, ${d.mode}, ${d.high})`,
        );
      }
      if (!Number.isFinite(d.high - d.low)) return fail("triangular: high − low must be finite");
      break;
  }
  return { ok: true, value: d };
}
