// Runs every bench/*.bench.ts (or those named on the command line) one after another, each in its
// own process so that one benchmark's warm JIT does not flatter the next. Each script prints its
// table and writes bench/results/<name>.json.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const wanted = process.argv.slice(2);
const scripts = readdirSync("bench")
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();
let failed = 0;
for (const script of scripts) {
  process.stdout.write(`\n── ${script}\n`);
  const run = spawnSync(process.execPath, ["--import", "tsx", `bench/${script}`], {
    stdio: "inherit",
  });
  if (run.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
