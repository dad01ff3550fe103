import { useId, useState } from "react";
import type { BreakoutEstimate } from "../../core/index.js";
import type { UserState } from "./clock-user-state.js";

const TYPES = ["IR-1", "IR-2m", "IR-4", "IR-6"] as const;
const MAX_MACHINES = 1_000_000;
const MAX_KGU = 10_000_000;

/** A number typed in a field: a value in [0, max], or the message to show beside the field. */
type Read = { value: number | null; error?: undefined } | { value?: undefined; error: string };

function readNumber(text: string, what: string, max: number, required: boolean): Read {
  if (text.trim() === "") return required ? { error: `${what}: give a number` } : { value: null };
  const value = Number(text);
  if (!Number.isFinite(value)) return { error: `${what}: '${text}' is not a number` };
  if (value < 0 || value > max)
    return {
      error: `${what}: ${value} is out of range; allowed 0 to ${max.toLocaleString("en-US")}`,
    };
  return { value };
}

/**
 * The fleet and stock inputs for a report with no verified capacity (after June 2025): the page's
 * form of `--fleet` and `--stock`. The 60 % field starts at the last verified stock.
 */
export function UserStateForm({
  estimate,
  given,
  onRun,
}: {
  estimate: BreakoutEstimate;
  given: UserState | null;
  onRun: (user: UserState | null) => void;
}) {
  const id = useId();
  const last60 = estimate.unknownStocks.find((u) => u.band === "upTo60")?.lastKnown;
  const [site, setSite] = useState(given?.fleet[0]?.site ?? "Fordow FFEP");
  const [machineType, setType] = useState(given?.fleet[0]?.machineType ?? "IR-6");
  const [machines, setMachines] = useState(String(given?.fleet[0]?.machines ?? ""));
  const stockText = (band: "upTo20" | "upTo60", fallback = "") =>
    String(given?.stocks.find((s) => s.band === band)?.kgU ?? fallback);
  const [kg60, setKg60] = useState(stockText("upTo60", last60 ? String(last60.kgU) : ""));
  const [kg20, setKg20] = useState(stockText("upTo20"));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const run = () => {
    const m = readNumber(machines, "Machines", MAX_MACHINES, true);
    const s60 = readNumber(kg60, "60 % stock", MAX_KGU, false);
    const s20 = readNumber(kg20, "20 % stock", MAX_KGU, false);
    const found: Record<string, string> = {};
    if (m.error) found.machines = m.error;
    if (s60.error) found.kg60 = s60.error;
    if (s20.error) found.kg20 = s20.error;
    if (site.trim() === "") found.site = "Site: give a name, e.g. Fordow FFEP";
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const stocks: UserState["stocks"] = [];
    if (s60.value != null) stocks.push({ band: "upTo60", kgU: s60.value });
    if (s20.value != null) stocks.push({ band: "upTo20", kgU: s20.value });
    onRun({
      fleet: [{ site: site.trim(), machineType, machines: m.value ?? 0 }],
      stocks,
    });
  };
  const field = (
    key: string,
    label: string,
    value: string,
    set: (v: string) => void,
    hint?: string,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        name={`user-${key}`}
        inputMode="decimal"
        value={value}
        aria-invalid={errors[key] ? "true" : "false"}
        aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
        onChange={(e) => set(e.currentTarget.value)}
      />
      {hint && <p className="hint">{hint}</p>}
      {errors[key] && (
        <p id={`${id}-${key}-error`} className="error-inline" role="alert">
          {errors[key]}
        </p>
      )}
    </div>
  );
  return (
    <form
      className="user-state"
      data-testid="clock-user-state"
      aria-label="Your own fleet and stocks"
      onSubmit={(e) => {
        e.preventDefault();
        run();
      }}
    >
      <p>
        The IAEA has not verified Iran's fleet since {estimate.fleetUnknown?.since ?? "the strikes"}
        . To run the clock anyway, give a fleet and stocks of your own; the result is yours, not the
        data's, and is not drawn on the history.
      </p>
      {field("site", "Site", site, setSite)}
      <div className="field">
        <label htmlFor={`${id}-type`}>Machine type</label>
        <select
          id={`${id}-type`}
          value={machineType}
          onChange={(e) => setType(e.currentTarget.value)}
        >
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      {field("machines", "Machines", machines, setMachines, "Installed and able to enrich")}
      {field(
        "kg60",
        "Stock up to 60 % (kgU)",
        kg60,
        setKg60,
        last60
          ? `Last verified: ${last60.kgU} kgU as of ${last60.asOfDate} (report ${last60.fromReport})`
          : undefined,
      )}
      {field("kg20", "Stock up to 20 % (kgU)", kg20, setKg20, "Optional")}
      <div className="actions">
        <button type="submit">Run the clock on these</button>
        {given && (
          <button type="button" className="secondary" onClick={() => onRun(null)}>
            Clear my figures
          </button>
        )}
      </div>
    </form>
  );
}
