import type { IaeaReportRecord } from "../../core/index.js";
import { Slider } from "../shared/slider.js";
import { ALL_STOCKS, type ClockSettings } from "./clock-settings.js";

export interface ClockControlsProps {
  reports: IaeaReportRecord[];
  selected: string;
  onSelect: (label: string) => void;
  settings: ClockSettings;
  defaults: ClockSettings;
  onChange: (settings: ClockSettings) => void;
}

/** The machine-output sliders: slider bounds, and the planning range shown as a hint (clock.md). */
const MACHINE_SLIDERS: {
  type: keyof ClockSettings["swuPerYear"];
  name: string;
  min: number;
  max: number;
  step: number;
  range: string;
}[] = [
  { type: "IR-1", name: "swu-ir1", min: 0.3, max: 2, step: 0.05, range: "0.75–1.0" },
  { type: "IR-2m", name: "swu-ir2m", min: 1, max: 8, step: 0.1, range: "3–5" },
  { type: "IR-6", name: "swu-ir6", min: 1, max: 12, step: 0.1, range: "4–7" },
];

/** The report picker and the sliders for the clock's main assumptions. */
export function ClockControls({
  reports,
  selected,
  onSelect,
  settings,
  defaults,
  onChange,
}: ClockControlsProps) {
  const set = (patch: Partial<ClockSettings>) => onChange({ ...settings, ...patch });
  const setSwu = (type: keyof ClockSettings["swuPerYear"], value: number) =>
    set({ swuPerYear: { ...settings.swuPerYear, [type]: value } });
  const toggleStock = (band: ClockSettings["stocksUsed"][number], on: boolean) =>
    set({
      stocksUsed: on
        ? [...settings.stocksUsed, band]
        : settings.stocksUsed.filter((b) => b !== band),
    });
  return (
    <form className="controls" aria-label="Clock assumptions" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="clock-report">IAEA report</label>
        <select
          id="clock-report"
          value={selected}
          onChange={(e) => onSelect(e.currentTarget.value)}
        >
          {[...reports].reverse().map((r) => (
            <option key={r.label} value={r.label}>
              {r.label}
              {r.reportId ? ` (${r.reportId})` : ""}
            </option>
          ))}
        </select>
        <p className="hint">The plan, the months chart and the limits below are for this report.</p>
      </div>
      <fieldset>
        <legend>Output per machine (median)</legend>
        {MACHINE_SLIDERS.map((m) => (
          <Slider
            key={m.type}
            name={m.name}
            label={m.type}
            unit="SWU/yr"
            min={m.min}
            max={m.max}
            step={m.step}
            value={settings.swuPerYear[m.type]}
            hint={`Default ${defaults.swuPerYear[m.type]} (${m.range} range)`}
            onChange={(v) => setSwu(m.type, v)}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Breakout plan</legend>
        <Slider
          name="heu-efficiency"
          label="HEU-step efficiency, advanced cascades"
          min={0.2}
          max={1}
          step={0.05}
          value={settings.heuEfficiency}
          hint={`Share of rated output on steps above 20 %; default ${defaults.heuEfficiency} (±0.1)`}
          onChange={(v) => set({ heuEfficiency: v })}
        />
        <Slider
          name="setup-days"
          label="Set-up time"
          unit="days"
          min={0}
          max={30}
          step={0.5}
          value={settings.setupDays}
          hint={`Re-piping and equilibrium before product flows; default ${defaults.setupDays} (1–4)`}
          onChange={(v) => set({ setupDays: v })}
        />
        <Slider
          name="heu-cascades"
          label="Cascades first on HEU steps"
          min={1}
          max={30}
          step={1}
          value={settings.heuCascades ?? 30}
          hint={`The rest join after 10–30 days; default ${defaults.heuCascades ?? "all"}`}
          onChange={(v) => set({ heuCascades: v })}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={settings.heuCascades === null}
            onChange={(e) =>
              set({ heuCascades: e.currentTarget.checked ? null : (defaults.heuCascades ?? 4) })
            }
          />
          All cascades on HEU steps at once
        </label>
      </fieldset>
      <fieldset>
        <legend>Stocks used as feed</legend>
        {ALL_STOCKS.map((s) => (
          <label className="check" key={s.band}>
            <input
              type="checkbox"
              name={`stock-${s.band}`}
              checked={settings.stocksUsed.includes(s.band)}
              onChange={(e) => toggleStock(s.band, e.currentTarget.checked)}
            />
            {s.label}
          </label>
        ))}
      </fieldset>
      <button type="button" className="secondary" onClick={() => onChange(defaults)}>
        Reset to the defaults
      </button>
    </form>
  );
}
