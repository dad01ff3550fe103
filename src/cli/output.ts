/** Prints a value as pretty JSON on stdout (the machine-readable output of every command). */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export type Cell = string | number | null | undefined;

/** Formats a number for a table: fixed decimals, a dash for missing. */
export function fmt(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  return value.toFixed(digits);
}

/** A plain aligned text table: numbers right-aligned, text left-aligned. */
export function formatTable(columns: string[], rows: Cell[][]): string {
  const text = rows.map((row) =>
    row.map((cell) => (cell === null || cell === undefined ? "–" : String(cell))),
  );
  const widths = columns.map((c, i) => Math.max(c.length, ...text.map((r) => (r[i] ?? "").length)));
  const numeric = columns.map((_, i) =>
    rows.every(
      (r) => typeof r[i] === "number" || /^[-+−]?[\d.,]+%?$|^–$/.test(String(r[i] ?? "–")),
    ),
  );
  const pad = (s: string, i: number) => (numeric[i] ? s.padStart(widths[i]) : s.padEnd(widths[i]));
  const lines = [
    columns.map(pad).join("  "),
    widths.map((w) => "─".repeat(w)).join("  "),
    ...text.map((r) => r.map(pad).join("  ")),
  ];
  return `${lines.join("\n")}\n`;
}

export function printTable(columns: string[], rows: Cell[][]): void {
  process.stdout.write(formatTable(columns, rows));
}
