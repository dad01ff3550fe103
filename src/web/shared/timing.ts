// Performance marks read by the browser tests: an input mark, then a measure when a chart that
// depends on it has been redrawn (after the next frame, so layout and paint are included).

const pending = new Map<string, number>();

/** Marks that the user changed an input that `charts` depend on (the latest input counts). */
export function markInput(charts: string[]) {
  const now = performance.now();
  for (const chart of charts) pending.set(chart, now);
}

/** Records `leverage:redraw:<chart>` from the latest pending input, once the frame is drawn. */
export function markRedrawn(chart: string) {
  const start = pending.get(chart);
  if (start === undefined) return;
  pending.delete(chart);
  requestAnimationFrame(() => {
    performance.measure(`leverage:redraw:${chart}`, { start, end: performance.now() });
  });
}
