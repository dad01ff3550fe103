#!/usr/bin/env node
import { Command, CommanderError } from "@commander-js/extra-typings";
import { UserError } from "../app/user-error.js";
import { register as registerActors } from "./commands/actors.js";
import { register as registerBreakout } from "./commands/breakout.js";
import { register as registerClock } from "./commands/clock.js";
import { register as registerData } from "./commands/data.js";
import { register as registerHistory } from "./commands/history.js";
import { register as registerJcpoa } from "./commands/jcpoa.js";
import { register as registerModel } from "./commands/model.js";
import { register as registerRun } from "./commands/run.js";
import { register as registerTable } from "./commands/table.js";

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

for (const register of [
  registerBreakout,
  registerHistory,
  registerJcpoa,
  registerTable,
  registerActors,
  registerClock,
  registerRun,
  registerData,
  registerModel,
]) {
  register(program);
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof UserError) {
    process.stderr.write(`leverage: error: ${error.message}\n`);
    process.exitCode = 2;
  } else if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(
      `leverage: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
