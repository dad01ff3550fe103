// Writes a run's files into a directory all at once: everything goes to a temporary directory
// beside it first and is renamed in, so a failed run leaves the target untouched.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** Writes `files` (relative name → text) into `dir`; subdirectories are created as needed. */
export function writeReportDir(dir: string, files: Record<string, string>): void {
  const target = resolve(dir);
  mkdirSync(dirname(target), { recursive: true });
  const tmp = mkdtempSync(join(dirname(target), `.${basename(target)}-`));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(tmp, name)), { recursive: true });
      writeFileSync(join(tmp, name), text);
    }
    mkdirSync(target, { recursive: true });
    for (const name of Object.keys(files)) {
      mkdirSync(dirname(join(target, name)), { recursive: true });
      renameSync(join(tmp, name), join(target, name));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
