// Reads the files a user names, within a size limit checked while reading: a huge file, a device
// such as /dev/zero or a pipe that never ends stops at the limit instead of filling the memory.
import { closeSync, openSync, readSync } from "node:fs";
import { MAX_FILE_BYTES } from "../app/limits.js";
import { UserError } from "../app/user-error.js";

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EISDIR: "it is a directory",
  ENOTDIR: "a parent of it is not a directory",
  EMFILE: "too many open files",
};

/** "ENOENT (no such file)", the code and its plain meaning when known. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (!code) return error instanceof Error ? error.message : String(error);
  return REASONS[code] ? `${REASONS[code]} (${code})` : code;
}

/** Reads a text file the user named, or fails with one line that names it and the reason. */
export function readInput(file: string, maxBytes = MAX_FILE_BYTES): string {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    throw new UserError(`cannot read ${file}: ${reasonOf(error)}`);
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes)
        throw new UserError(
          `${file} is larger than ${maxBytes.toLocaleString("en-US")} bytes, the limit for an input file`,
        );
    }
    return Buffer.concat(chunks).toString("utf8");
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read ${file}: ${reasonOf(error)}`);
  } finally {
    closeSync(fd);
  }
}
