// A small valid scenario (line numbers matter: the bad-input tests edit single lines of it).
export const MINIMAL = `name: Minimal
asOf: 2021-11-29
samples: 200
seed: 7
program:
  report: 2021-11
game:
  horizonWeeks: 26
  discount:
    us: 0.99
    iran: "0.99 to 0.995"
  statusQuo:
    us: { baseValue: 0.4, advanceCost: 0.2 }
    iran: { baseValue: 0.3, sanctionsCost: 0.2, leverageGain: "0.5 to 0.8" }
  options:
    - { name: snapback, owner: us, credibility: "0.3 to 0.6" }
strategies:
  - name: open-ended talks
  - name: deadline
    deadline: { week: 4, credibility: 0.6, option: snapback }
claims:
  - id: under-a-month
    statement: Breakout under a month.
    check: { kind: breakout, days: 30 }
  - id: deadline-helps
    statement: A deadline helps.
    check: { kind: deadline, strategy: deadline, baseline: open-ended talks }
`;

/** MINIMAL with line `n` (1-based) replaced. */
export function withLine(n: number, text: string): string {
  const lines = MINIMAL.split("\n");
  lines[n - 1] = text;
  return lines.join("\n");
}
