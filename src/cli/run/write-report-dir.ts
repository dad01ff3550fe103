// Writes a run's files into a folder all at once, or not at all. Every file goes to a temporary
// folder beside the target first; then each is renamed in, the file it replaces kept aside until
// all are in. If anything fails, the files moved so far go back and the old ones return, so the
// target is left as it was. A name where a file goes that is a folder stops it before any change.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { UserError } from "../../app/user-error.js";
import { writeReason } from "../write-file.js";

/** Folders on the way from `root` to `path` (exclusive), nearest the root first. */
const foldersBetween = (root: string, path: string) => {
  const parts = relative(root, dirname(path)).split(sep).filter(Boolean);
  return parts.map((_, i) => join(root, ...parts.slice(0, i + 1)));
};

/** Throws before any change if a file of the run would land on a folder or on something odd. */
export function checkTarget(flag: string, target: string, names: string[]): void {
  const kind = (path: string) => {
    try {
      const s = lstatSync(path);
      return s.isDirectory() ? "folder" : s.isFile() ? "file" : "other";
    } catch {
      return "missing";
    }
  };
  const targetKind = kind(target);
  if (targetKind !== "missing" && targetKind !== "folder")
    throw new UserError(`${flag}: ${target} exists and is not a folder`);
  for (const name of names) {
    const path = join(target, name);
    for (const folder of foldersBetween(target, path)) {
      const k = kind(folder);
      if (k !== "missing" && k !== "folder")
        throw new UserError(`${flag}: ${folder} is in the way: the report needs a folder there`);
    }
    const k = kind(path);
    if (k !== "missing" && k !== "file")
      throw new UserError(
        `${flag}: ${path} is a ${k === "folder" ? "folder" : "special file"}; the report writes a file there. Move it away or choose another ${flag}`,
      );
  }
}

/**
 * Writes `files` (relative name → text) into `dir`, all or nothing; subfolders are created as
 * needed. `flag` names the option in messages.
 */
export function writeReportDir(dir: string, files: Record<string, string>, flag = "--out"): void {
  const target = resolve(dir);
  const names = Object.keys(files);
  checkTarget(flag, target, names);
  const created: string[] = [];
  const mkdir = (path: string) => {
    for (const folder of [...foldersBetween(dirname(target), join(path, "x"))]) {
      if (existsSync(folder)) continue;
      mkdirSync(folder);
      created.push(folder);
    }
  };
  let tmp: string | undefined;
  let madeParent: string | undefined;
  const moved: { name: string; replaced: boolean }[] = [];
  try {
    madeParent = mkdirSync(dirname(target), { recursive: true });
    tmp = mkdtempSync(join(dirname(target), `.${basename(target)}-`));
    const fresh = join(tmp, "new");
    const old = join(tmp, "old");
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(fresh, name)), { recursive: true });
      writeFileSync(join(fresh, name), text);
    }
    mkdir(target);
    for (const name of names) {
      mkdir(dirname(join(target, name)));
      const replaced = existsSync(join(target, name));
      if (replaced) {
        mkdirSync(dirname(join(old, name)), { recursive: true });
        renameSync(join(target, name), join(old, name));
      }
      moved.push({ name, replaced });
      renameSync(join(fresh, name), join(target, name));
    }
  } catch (error) {
    // Put back what was there: the old files in, the new ones (and new folders) out.
    for (const { name, replaced } of moved.reverse()) {
      rmSync(join(target, name), { force: true });
      if (replaced && tmp) renameSync(join(tmp, "old", name), join(target, name));
    }
    for (const folder of created.reverse()) rmdirSync(folder);
    if (madeParent) rmSync(madeParent, { recursive: true, force: true });
    if (error instanceof UserError) throw error;
    throw new UserError(`${flag}: cannot write the report into ${dir}: ${writeReason(error)}`);
  } finally {
    if (tmp && existsSync(tmp)) rmSync(tmp, { recursive: true, force: true });
  }
}
