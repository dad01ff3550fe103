import type { Command } from "@commander-js/extra-typings";

/** `--set key=value`, repeatable: the pairs in the order given. */
const collect = (pair: string, previous: string[]) => [...previous, pair];

/** Registers `leverage model`: evaluate one closed form of the model registry, or list them. */
export function register(program: Command): void {
  program
    .command("model")
    .description("Evaluate a closed form of the bargaining models (see --list)")
    .argument("[id]", "the model's id, e.g. screening")
    .option("--list", "list the models, their inputs and allowed values")
    .option(
      "--set <key=value>",
      "an input (repeatable); lists comma-separated, rounds=inf",
      collect,
      [],
    )
    .option("--json", "print JSON: { model, inputs, outputs }")
    .action(async (id, opts) => {
      const { runModel } = await import("../model/run-model.js");
      runModel(id, opts);
    });
}
