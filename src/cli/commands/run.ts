import type { Command } from "@commander-js/extra-typings";

/** Registers this command on the program. (Filled in by the engine that owns it.) */
export function register(_program: Command): void {}
