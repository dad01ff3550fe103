// A write that fails half-way (here: the third rename) puts back what was in the folder: the files
// already moved in go, the ones they replaced return, and no temporary folder is left beside it.
import * as fs from "node:fs";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { UserError } from "../../src/app/user-error.js";

let renames = 0;
let failAt = Number.POSITIVE_INFINITY;
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  return {
    ...real,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (++renames === failAt)
        throw Object.assign(new Error("no space"), { code: "ENOSPC", path: String(to) });
      return real.renameSync(from, to);
    },
  };
});

const { writeReportDir } = await import("../../src/cli/run/write-report-dir.js");

describe("writeReportDir(dir, files)", () => {
  it("restores the folder when a rename fails after others succeeded", () => {
    const parent = mkdtempSync(join(tmpdir(), "report-dir-"));
    const out = join(parent, "o");
    fs.mkdirSync(out);
    writeFileSync(join(out, "report.html"), "old html");
    writeFileSync(join(out, "notes.txt"), "mine");
    // Renames: report.html aside (1), new report.html in (2), report.md in (3) fails.
    renames = 0;
    failAt = 3;
    expect(() =>
      writeReportDir(out, { "report.html": "new", "report.md": "new", "charts/a.svg": "<svg/>" }),
    ).toThrow(UserError);
    expect(() => {
      renames = 0;
      writeReportDir(out, { "report.html": "new", "report.md": "new" });
    }).toThrow(/^--out: cannot write the report into .*o: no space left on the disk \(ENOSPC\)$/);
    expect(readdirSync(out).sort()).toEqual(["notes.txt", "report.html"]);
    expect(readFileSync(join(out, "report.html"), "utf8")).toBe("old html");
    expect(readdirSync(parent)).toEqual(["o"]);
    failAt = Number.POSITIVE_INFINITY;
    writeReportDir(out, { "report.html": "new", "report.md": "new" });
    expect(readFileSync(join(out, "report.md"), "utf8")).toBe("new");
    expect(readdirSync(out).sort()).toEqual(["notes.txt", "report.html", "report.md"]);
  });
});
