import { useId } from "react";

export interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** Unit shown after the value ("SWU/yr", "days"). */
  unit?: string;
  /** One line under the slider: what it means and its default. */
  hint?: string;
  onChange: (value: number) => void;
  name?: string;
}

/** A labelled range input with its value beside it; arrow keys move it one step. */
export function Slider({ label, value, min, max, step, unit, hint, onChange, name }: SliderProps) {
  const id = useId();
  return (
    <div className="slider">
      <div className="slider-head">
        <label htmlFor={id}>{label}</label>
        <output htmlFor={id}>
          {value}
          {unit ? ` ${unit}` : ""}
        </output>
      </div>
      <input
        id={id}
        name={name}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-valuetext={`${value}${unit ? ` ${unit}` : ""}`}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      />
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
