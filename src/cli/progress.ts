import cliProgress from "cli-progress";

export interface Progress {
  /** Adds `n` (default 1) finished units of work. */
  tick(n?: number): void;
  /** Sets the absolute count of finished units. */
  update(done: number): void;
  stop(): void;
}

/** A progress bar on stderr, so stdout stays clean for --json. Quiet when stderr is not a TTY. */
export function createProgress(label: string, total: number): Progress {
  if (!process.stderr.isTTY || process.env.LEVERAGE_QUIET) {
    return { tick() {}, update() {}, stop() {} };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  let done = 0;
  return {
    tick(n = 1) {
      done += n;
      bar.update(done);
    },
    update(value) {
      done = value;
      bar.update(done);
    },
    stop() {
      bar.stop();
    },
  };
}
