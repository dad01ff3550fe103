#!/usr/bin/env node
import { Command, CommanderError } from "@commander-js/extra-typings";
import { UserError } from "../app/user-error.js";

// A reader that closes early (`leverage history | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

// Command modules stay light: they declare options and import their engines lazily in the action,
// so `leverage --help` starts in well under half a second.
const program = new Command()
  .name("leverage")
  .description(
    "Leverage: breakout clock, bargaining table and legal levers for nuclear negotiations.",
  )
  .version("0.1.0")
  .showHelpAfterError("(run with --help for usage)");

// Each command module, by the command names it declares, in `--help` order. Only the named
// command's module is loaded (all of them for `--help` or an unknown name), so a command starts
// without the others' options and imports.
const COMMANDS: [string[], () => Promise<{ register: (program: Command) => void }>][] = [
  [["breakout"], () => import("./commands/breakout.js")],
  [["history"], () => import("./commands/history.js")],
  [["jcpoa"], () => import("./commands/jcpoa.js")],
  [["table"], () => import("./commands/table.js")],
  [["actors"], () => import("./commands/actors.js")],
  [["clock"], () => import("./commands/clock.js")],
  [["run", "schema"], () => import("./commands/run.js")],
  [["data"], () => import("./commands/data.js")],
  [["model"], () => import("./commands/model.js")],
];
const named = COMMANDS.filter(([names]) => names.includes(process.argv[2]));
for (const [, load] of named.length > 0 ? named : COMMANDS) (await load()).register(program);

/** An error of the file system about a path (ENOSPC, EACCES, EISDIR …). */
function isFileError(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  const e = error as NodeJS.ErrnoException;
  return error instanceof Error && typeof e.code === "string" && typeof e.path === "string";
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof UserError) {
    process.stderr.write(`leverage: error: ${error.message}\n`);
    process.exitCode = 2;
  } else if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (isFileError(error)) {
    // A file the checks did not foresee (they name the flag): still one line, not a stack trace.
    process.stderr.write(`leverage: error: cannot ${error.syscall} ${error.path}: ${error.code}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(
      `leverage: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
