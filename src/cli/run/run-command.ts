// `leverage run FILE.yaml`: validate, run with a progress bar (bargaining draws on a worker pool),
// print the claims, and write the report only when everything succeeded.
import { availableParallelism } from "node:os";
import { basename, extname, join, resolve } from "node:path";
import {
  runScenarioText,
  scenarioRunRequestSchema,
  validateScenarioText,
} from "../../app/scenario/run-scenario.js";
import { UserError } from "../../app/user-error.js";
import type { BargainingExecutor } from "../../core/index.js";
import { issueText } from "../../report/yaml-issues.js";
import { printJson, printTable } from "../output.js";
import { parseFlags } from "../parse-flags.js";
import { createProgress } from "../progress.js";
import { readInput } from "../read-file.js";
import { checkWritableFolder } from "../write-file.js";
import { checkTarget, writeReportDir } from "./write-report-dir.js";

export interface RunCommandOptions {
  out?: string;
  samples?: number;
  seed?: number;
  threads?: number;
  json?: boolean;
  check?: boolean;
}

export async function runCommand(file: string, opts: RunCommandOptions): Promise<void> {
  const request = parseFlags(scenarioRunRequestSchema("cli"), {
    samples: opts.samples,
    seed: opts.seed,
  });
  const text = readInput(file);
  const fail = (issues: Parameters<typeof issueText>[1][]) => {
    throw new UserError(
      `invalid scenario:\n  ${issues.map((i) => issueText(file, i)).join("\n  ")}`,
    );
  };
  if (opts.check) {
    const checked = validateScenarioText(text, file);
    if (!checked.ok) fail(checked.issues);
    process.stdout.write(`${file}: valid\n`);
    return;
  }
  const out = opts.out ?? join("out", basename(file, extname(file)));
  // Before the work: a run of minutes must not end on "cannot write".
  checkWritableFolder("--out", out);
  checkTarget("--out", resolve(out), ["report.html", "report.md", "result.json", "charts/x.svg"]);
  const threads = opts.threads ?? Math.min(2, availableParallelism());
  let executor: BargainingExecutor | undefined;
  let close = async () => {};
  if (threads > 0) {
    const { createBargainingPool } = await import("../../workers/bargaining-pool.js");
    const pool = createBargainingPool(threads);
    executor = pool.execute;
    close = pool.close;
  }
  const progress = createProgress("run", 1000);
  let run: Awaited<ReturnType<typeof runScenarioText>>;
  try {
    run = await runScenarioText(text, {
      fileName: file,
      samples: request.samples,
      seed: request.seed,
      executor,
      onProgress: (fraction) => progress.update(Math.round(1000 * fraction)),
    });
  } finally {
    progress.stop();
    await close();
  }
  if (!run.ok) return fail(run.issues);
  writeReportDir(out, {
    ...run.files,
    ...Object.fromEntries(
      Object.entries(run.charts).map(([name, svg]) => [`charts/${name}.svg`, svg]),
    ),
  });
  const { result } = run;
  if (opts.json) {
    printJson({
      out,
      seed: result.seed,
      dataVersion: result.dataVersion,
      appVersion: result.appVersion,
      claims: result.claims,
    });
    return;
  }
  process.stdout.write(
    `${result.scenario.name} (as of ${result.scenario.asOf}; seed ${result.seed}, ${result.samples} draws)\n\n`,
  );
  printTable(
    ["#", "claim", "verdict", "value", "depends most on"],
    result.claims.map((c, i) => [
      String(i + 1),
      c.id,
      c.verdict,
      c.value === null
        ? "—"
        : c.unit === "probability"
          ? `${(100 * c.value).toFixed(0)} %`
          : c.value.toFixed(3),
      c.drivers.map((d) => d.input).join(", "),
    ]),
  );
  process.stdout.write(
    `\nReport written to ${out}/report.html (also report.md, result.json, charts/)\n`,
  );
}
