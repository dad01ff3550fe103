// The scenario's legal clocks, its milestones and sunsets, and which clock steps run past its deadline.
import {
  type AnnexISunset,
  clocksPastDeadline,
  type DisputeClock,
  disputeClock,
  type InaraClock,
  inaraClock,
  type JcpoaMilestone,
  jcpoaMilestones,
  type SnapbackClock,
  type StepPastDeadline,
  snapbackClock,
  sunsets,
} from "../calendar/index.js";
import type { ScenarioFile } from "./scenario-schema.js";

export interface ScenarioClock {
  clock: InaraClock | SnapbackClock | DisputeClock;
  label: string;
  note?: string;
  source?: string;
}

export interface LegalClocksRun {
  clocks: ScenarioClock[];
  deadline: string | null;
  pastDeadline: StepPastDeadline[];
  milestones: JcpoaMilestone[];
  sunsetsAtAsOf: AnnexISunset[];
}

/** Runs one clock spec of the scenario. */
export function runClockSpec(spec: ScenarioFile["clocks"][number]): ScenarioClock {
  const clock =
    spec.clock === "inara"
      ? inaraClock(spec.from, {
          ...(spec.transmitted ? { transmittedOn: spec.transmitted } : {}),
          disapproval: spec.disapproval ?? false,
          reviewRule: spec.reviewRule ?? "statute",
        })
      : spec.clock === "snapback"
        ? snapbackClock(spec.from)
        : disputeClock(spec.from, { advisoryBoard: spec.advisory ?? "none" });
  return {
    clock,
    label: spec.label ?? clock.name,
    ...(spec.note ? { note: spec.note } : {}),
    ...(spec.source ? { source: spec.source } : {}),
  };
}

export function runLegalClocks(file: ScenarioFile): LegalClocksRun {
  const clocks = file.clocks.map(runClockSpec);
  const deadline = file.deadline ?? null;
  return {
    clocks,
    deadline,
    pastDeadline: deadline
      ? clocksPastDeadline(
          deadline,
          clocks.map((c) => c.clock),
        )
      : [],
    milestones: jcpoaMilestones(),
    sunsetsAtAsOf: sunsets(file.asOf),
  };
}
