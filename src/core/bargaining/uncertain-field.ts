// A zod field for an uncertain input: a number, an uncertain string ("0.3 to 0.6", "beta(3,7)")
// or { value, note, source }, checked against the field's allowed range.
import { z } from "zod";
import { type Dist, formatDist, parseDist } from "../uncertain/index.js";
import { describeRange, type FieldRange, outOfRange } from "./field-ranges.js";

/** A note that may sit on any judgement (the example configs mark every one). */
export const noteField = z.string().optional();

/** The zod schema of an uncertain input in `range`; parses to a `Dist`. */
export function uncertainField(range: FieldRange) {
  return z
    .union([
      z.number(),
      z.string(),
      z.strictObject({
        value: z.union([z.number(), z.string()]),
        note: noteField,
        source: z.string().optional(),
      }),
    ])
    .transform((input, ctx): Dist => {
      const raw = typeof input === "object" ? input.value : input;
      const parsed = parseDist(String(raw));
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }
      if (outOfRange(parsed.value, range)) {
        const what = parsed.value.kind === "point" ? String(raw) : `'${formatDist(parsed.value)}'`;
        ctx.addIssue({
          code: "custom",
          message: `must lie in ${describeRange(range)}; got ${what}`,
        });
        return z.NEVER;
      }
      return parsed.value;
    });
}
