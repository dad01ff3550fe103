import { BDM_DEFAULTS } from "../../core/actors/bdm/bdm-settings.js";
import { parseKtabSeed } from "../../core/actors/smp/ktab-prng.js";
import { SMP_CHOICES, SMP_DEFAULTS } from "../../core/actors/smp/smp-settings.js";
import { UserError } from "../user-error.js";

/**
 * Reads `key=value` flags into settings, checking each key and value against the defaults' types
 * and the allowed choices, so a typo is named rather than ignored.
 */
export function parseSettingFlags(
  flags: readonly string[] | undefined,
  model: "smp" | "bdm",
): Record<string, string | number> {
  const defaults: Record<string, unknown> =
    model === "smp" ? { ...SMP_DEFAULTS } : { ...BDM_DEFAULTS };
  const choices: Record<string, readonly string[]> =
    model === "smp"
      ? SMP_CHOICES
      : {
          probabilityForm: ["coalition", "net", "global"],
          offerRule: ["closest", "largest-eu", "mean"],
        };
  const out: Record<string, string | number> = {};
  for (const flag of flags ?? []) {
    const [key, value] = flag.split("=", 2);
    if (!(key in defaults) || value === undefined)
      throw new UserError(
        `--${model} ${flag}: expected key=value with key one of ${Object.keys(defaults).join(", ")}`,
      );
    if (typeof defaults[key] === "number") {
      const x = Number(value);
      if (!Number.isFinite(x) || x < 0)
        throw new UserError(`--${model} ${key}: expected a number ≥ 0, got "${value}"`);
      out[key] = x;
    } else if (model === "smp" && key === "prngSeed") {
      if (parseKtabSeed(value) === undefined)
        throw new UserError(
          `--smp prngSeed: expected a whole number 1 … 2^64 − 1 (KTAB's seed), got "${value}"`,
        );
      out[key] = value;
    } else {
      if (!choices[key]?.includes(value))
        throw new UserError(
          `--${model} ${key}: expected one of ${choices[key]?.join(", ")}, got "${value}"`,
        );
      out[key] = value;
    }
  }
  return out;
}
