// Output paths the user names (--out, --svg, --svg-dir, …): checked before any work, by trying,
// so a long run never ends on "cannot write"; and written with errors turned into one line that
// names the flag, the path and the reason. Trying beats permission bits: root ignores them, and a
// read-only or full file system shows only when written to.
import { closeSync, mkdtempSync, openSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { UserError } from "../app/user-error.js";
import { reasonOf } from "./read-file.js";

const REASONS: Record<string, string> = {
  ENOSPC: "no space left on the disk",
  EROFS: "the file system is read-only",
  EPERM: "operation not permitted",
  EEXIST: "it already exists",
  ENOTEMPTY: "it is a folder that is not empty",
};

/** The reason of a failed write, in words. */
export function writeReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code && REASONS[code] ? `${REASONS[code]} (${code})` : reasonOf(error);
}

function kindOf(path: string): "missing" | "file" | "folder" | "other" {
  try {
    const s = statSync(path);
    return s.isDirectory() ? "folder" : s.isFile() ? "file" : "other";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    // A parent that is a file (ENOTDIR) is reported by the caller's own check of the parent.
    return (error as NodeJS.ErrnoException).code === "ENOTDIR" ? "missing" : "other";
  }
}

/** Refuses an empty path: `--out ""` would otherwise write into the current folder. */
export function nonEmptyPath(flag: string, path: string): string {
  if (path.trim() === "")
    throw new UserError(`${flag}: the path is empty; give a file or folder name`);
  return path;
}

/** The nearest folder that exists on the way to `path` (which may be created under it). */
function existingAncestor(flag: string, path: string): string {
  let dir = dirname(resolve(path));
  for (;;) {
    const kind = kindOf(dir);
    if (kind === "folder") return dir;
    if (kind === "file" || kind === "other")
      throw new UserError(`${flag}: cannot write under ${dir}: it is not a folder`);
    const parent = dirname(dir);
    if (parent === dir) throw new UserError(`${flag}: no folder exists on the way to ${path}`);
    dir = parent;
  }
}

/** Creates and removes a probe folder in `dir`: the way to learn that writing there works. */
function probe(flag: string, dir: string, path: string): void {
  try {
    rmdirSync(mkdtempSync(join(dir, ".leverage-probe-")));
  } catch (error) {
    throw new UserError(`${flag}: cannot write ${path}: ${writeReason(error)}`);
  }
}

/**
 * Checks, before any work, that a file can be written at `path`: it is not a folder, its folder
 * exists (or, with `createParents`, can be created) and is writable.
 */
export function checkWritableFile(flag: string, path: string, createParents = false): void {
  nonEmptyPath(flag, path);
  const kind = kindOf(path);
  if (kind === "folder")
    throw new UserError(
      `${flag}: ${path} is a folder; give a file name, e.g. ${join(path, "out.svg")}`,
    );
  if (kind === "file" || kind === "other") {
    try {
      closeSync(openSync(path, "r+"));
    } catch (error) {
      throw new UserError(`${flag}: cannot write ${path}: ${writeReason(error)}`);
    }
    return;
  }
  const parent = dirname(resolve(path));
  if (!createParents && kindOf(parent) !== "folder")
    throw new UserError(
      `${flag}: cannot write ${path}: the folder ${dirname(path)} does not exist`,
    );
  probe(flag, existingAncestor(flag, path), path);
}

/** Checks, before any work, that a folder can be written at `dir` (created if missing). */
export function checkWritableFolder(flag: string, dir: string): void {
  nonEmptyPath(flag, dir);
  const kind = kindOf(dir);
  if (kind === "file" || kind === "other")
    throw new UserError(`${flag}: ${dir} exists and is not a folder`);
  probe(flag, kind === "folder" ? resolve(dir) : existingAncestor(flag, dir), dir);
}

/** Writes a file, or fails with one line naming the flag, the path and the reason. */
export function writeOutput(flag: string, path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new UserError(`${flag}: cannot write ${path}: ${writeReason(error)}`);
  }
}
