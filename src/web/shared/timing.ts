// Performance marks read by the browser tests: an input mark, then a measure when a chart that
// depends on it has been redrawn (after the next frame, so layout and paint are included).

const pending = new Map<string, number>();

/** Marks that the user changed an input that `charts` depend on (the latest input counts). */
export function markInput(charts: string[]) {
  const now = performance.mark("leverage:input").startTime;
  for (const chart of charts) pending.set(chart, now);
}

/**
 * Records `leverage:redraw:<chart>` from the latest pending input once the frame that shows the
 * chart is painted: requestAnimationFrame runs before that frame's paint, a task queued from it
 * runs after.
 */
export function markRedrawn(chart: string) {
  const start = pending.get(chart);
  if (start === undefined) return;
  pending.delete(chart);
  requestAnimationFrame(() => {
    setTimeout(
      () => performance.measure(`leverage:redraw:${chart}`, { start, end: performance.now() }),
      0,
    );
  });
}
