import { readFileSync } from "node:fs";
import { UserError } from "../app/user-error.js";

/** Reads a text file the user named, or fails with one line that names it and the reason. */
export function readInput(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new UserError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}
