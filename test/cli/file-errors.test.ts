// Issue 15 items 6, 10, 11 and 12 on the command line: files that cannot be written or read, and
// input that was silently accepted, end in one clear line naming the flag (main.ts prints a
// UserError alone and exits 2), before any work, and a failed run leaves --out as it was.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/app/user-error.js";
import { runActorsCommand } from "../../src/cli/actors/run-actors.js";
import { runBreakout } from "../../src/cli/breakout/run-breakout.js";
import { runCommand } from "../../src/cli/run/run-command.js";
import { writeScenarioSchema } from "../../src/cli/run/write-scenario-schema.js";
import { runTableCommand } from "../../src/cli/table/run-table-command.js";
import { MINIMAL } from "../scenario/minimal-scenario.js";

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, LEVERAGE_QUIET: "1" },
    timeout: 15_000,
  });

const dir = mkdtempSync(join(tmpdir(), "leverage-files-"));
const scenario = join(dir, "ok.yaml");
writeFileSync(scenario, MINIMAL);
const aFile = join(dir, "a-file.txt");
writeFileSync(aFile, "x");
/** A folder no one can create (sysfs refuses, even to root). */
const UNWRITABLE = "/sys/leverage-cannot-write-here";

const TABLE = {
  config: "scenarios/vienna-2021-table.yaml",
  samples: 1_000_000,
  threads: 0,
  tornadoSamples: 0,
};
const ACTORS = { model: "mean" as const, ktabCsv: "data/ktab/SOE-Pol-Comp.csv", draws: 10 };

/** The promise rejects with a UserError whose message matches. */
async function refuses(work: () => unknown, message: RegExp) {
  const error = await Promise.resolve()
    .then(work)
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toMatch(message);
  expect((error as Error).message).not.toMatch(/\n\s+at /);
}

describe("issue 15 item 10: output files that cannot be written are one line, before any work", () => {
  it.each([
    [
      "an unwritable folder",
      UNWRITABLE,
      /^--out: cannot write \/sys\/leverage-cannot-write-here: operation not permitted \(EPERM\)$/,
    ],
    ["an existing file", aFile, /^--out: .*a-file\.txt exists and is not a folder$/],
    [
      "a path under a file",
      join(aFile, "sub"),
      /^--out: cannot write under .*a-file\.txt: it is not a folder$/,
    ],
    ["an empty path", "", /^--out: the path is empty; give a file or folder name$/],
  ])("run --out to %s", async (_, out, message) => {
    await refuses(() => runCommand(scenario, { out, threads: 0 }), message);
  });

  it.each([
    ["a folder", dir, /^--out: .* is a folder; give a file name/],
    [
      "a missing parent",
      join(dir, "no", "schema.json"),
      /^--out: cannot write .*schema\.json: the folder .*no does not exist$/,
    ],
    [
      "a full disk",
      "/dev/full",
      /^--out: cannot write \/dev\/full: no space left on the disk \(ENOSPC\)$/,
    ],
  ])("schema --out to %s", async (_, out, message) => {
    await refuses(() => writeScenarioSchema(out), message);
  });

  // 1,000,000 draws per strategy would take minutes: refusing at once shows the check comes first.
  it("table --svg-dir unwritable is refused before the table runs", async () => {
    await refuses(
      () => runTableCommand({ ...TABLE, svgDir: UNWRITABLE }),
      /^--svg-dir: cannot write \/sys\/leverage-cannot-write-here: operation not permitted/,
    );
  });

  it("table --svg-outcomes and actors --svg naming a folder are refused before any work", async () => {
    await refuses(
      () => runTableCommand({ ...TABLE, svgOutcomes: dir }),
      /^--svg-outcomes: .* is a folder/,
    );
    await refuses(() => runActorsCommand({ ...ACTORS, svg: dir }), /^--svg: .* is a folder/);
  });

  it("the CLI prints one line and exits 2 (run --out to a file)", () => {
    const r = cli("run", scenario, "--out", aFile, "--threads", "0");
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`leverage: error: --out: ${aFile} exists and is not a folder\n`);
  });
});

describe("issue 15 item 11: a failed run --out leaves the folder as it was", () => {
  it("result.json being a folder stops the run before report.html and report.md are replaced", () => {
    const out = join(dir, "o");
    mkdirSync(join(out, "result.json"), { recursive: true });
    writeFileSync(join(out, "result.json", "blocker"), "x");
    writeFileSync(join(out, "report.html"), "old html");
    writeFileSync(join(out, "report.md"), "old md");
    const r = cli("run", scenario, "--out", out, "--threads", "0", "--samples", "200");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^leverage: error: --out: .*result\.json is a folder; the report writes a file there/,
    );
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(join(out, "report.html"), "utf8")).toBe("old html");
    expect(readFileSync(join(out, "report.md"), "utf8")).toBe("old md");
    expect(readdirSync(join(out, "result.json"))).toEqual(["blocker"]);
    expect(readdirSync(dir).filter((n) => n.startsWith(".o-"))).toEqual([]);
  }, 30_000);
});

describe("issue 15 item 12: input that was silently accepted is refused", () => {
  it("run /dev/zero --check stops at the size limit instead of reading forever", () => {
    const r = cli("run", "/dev/zero", "--check");
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "leverage: error: /dev/zero is larger than 2,097,152 bytes, the limit for an input file\n",
    );
  });

  it('breakout --stocks "" and --sites NoSuchSite are errors, not ignored', async () => {
    const base = { report: "2021-11", samples: 100, quantities: 3, seed: 1 };
    await refuses(
      () => runBreakout({ ...base, stocks: "" }),
      /^--stocks: give at least one of natural, upTo2/,
    );
    await refuses(
      () => runBreakout({ ...base, sites: "NoSuchSite" }),
      /^--sites: no machines at a site matching 'NoSuchSite'. Sites: Natanz FEP, Fordow FFEP, Natanz PFEP\.$/,
    );
  });
});

describe("issue 15 item 6: a YAML alias bomb exits 2 with a message", () => {
  const bomb = join(dir, "bomb.yaml");
  writeFileSync(
    bomb,
    "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n",
  );
  const message = /YAML aliases expand too far \(more than 100 copies\)/;

  it("run, table --config and actors --config", async () => {
    await refuses(() => runCommand(bomb, { check: true }), message);
    await refuses(() => runTableCommand({ ...TABLE, config: bomb }), message);
    await refuses(
      () => runActorsCommand({ model: "mean" as const, config: bomb, draws: 10 }),
      message,
    );
    expect(existsSync(join("out", "bomb"))).toBe(false);
  });
});
