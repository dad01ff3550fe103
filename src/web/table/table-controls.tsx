import { Slider } from "../shared/slider.js";
import type { TableLevers } from "./table-levers.js";

export interface TableControlsProps {
  defaults: {
    levers: TableLevers;
    strategies: string[];
    start: string | null;
    horizonWeeks: number;
  };
  levers: TableLevers;
  onChange: (levers: TableLevers) => void;
  tornadoFor: string;
  onTornadoFor: (name: string) => void;
}

const OPTION_HINTS: Record<string, string> = {
  snapback: "US walk-out to UN snapback and more sanctions",
  strike: "US strike; strategies that prepare one set their own",
  "enrich-90": "Iran's exit: 90 % enrichment or leaving the NPT",
};

/** Levers of the bargaining table: credibilities, the deadline and the discount factors. */
export function TableControls({
  defaults,
  levers,
  onChange,
  tornadoFor,
  onTornadoFor,
}: TableControlsProps) {
  const d = defaults.levers;
  return (
    <form className="controls" aria-label="Bargaining levers" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="tornado-for">Tornado for strategy</label>
        <select
          id="tornado-for"
          value={tornadoFor}
          onChange={(e) => onTornadoFor(e.currentTarget.value)}
        >
          {defaults.strategies.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>Credibility of the outside options (centre of the range)</legend>
        {Object.keys(d.optionCredibility).map((name) => (
          <Slider
            key={name}
            name={`credibility-${name}`}
            label={name}
            min={0}
            max={1}
            step={0.05}
            value={levers.optionCredibility[name]}
            hint={`${OPTION_HINTS[name] ?? "Option of the game"}; config ${d.optionCredibility[name]}`}
            onChange={(v) =>
              onChange({ ...levers, optionCredibility: { ...levers.optionCredibility, [name]: v } })
            }
          />
        ))}
      </fieldset>
      {levers.deadlineCredibility !== null && levers.deadlineWeek !== null && (
        <fieldset>
          <legend>The deadline (strategies that set one)</legend>
          <Slider
            name="deadline-week"
            label="Deadline"
            unit={`weeks after ${defaults.start ?? "the start"}`}
            min={1}
            max={Math.min(52, defaults.horizonWeeks)}
            step={1}
            value={levers.deadlineWeek}
            hint={`Config: week ${d.deadlineWeek} (31 Dec 2021)`}
            onChange={(v) => onChange({ ...levers, deadlineWeek: v })}
          />
          <Slider
            name="deadline-credibility"
            label="Deadline credibility"
            min={0}
            max={1}
            step={0.05}
            value={levers.deadlineCredibility}
            hint={`Chance the US acts on it; config ${d.deadlineCredibility}`}
            onChange={(v) => onChange({ ...levers, deadlineCredibility: v })}
          />
        </fieldset>
      )}
      <fieldset>
        <legend>Patience: weekly discount factors (centre)</legend>
        <Slider
          name="discount-us"
          label="United States"
          min={0.95}
          max={0.999}
          step={0.001}
          value={levers.discount.us}
          hint={`Closer to 1 is more patient; config ${d.discount.us}`}
          onChange={(v) => onChange({ ...levers, discount: { ...levers.discount, us: v } })}
        />
        <Slider
          name="discount-iran"
          label="Iran"
          min={0.95}
          max={0.999}
          step={0.001}
          value={levers.discount.iran}
          hint={`Config ${d.discount.iran}`}
          onChange={(v) => onChange({ ...levers, discount: { ...levers.discount, iran: v } })}
        />
      </fieldset>
      <button type="button" className="secondary" onClick={() => onChange(d)}>
        Reset to the config
      </button>
    </form>
  );
}
