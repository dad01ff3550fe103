import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string, extensions = [".ts"]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, extensions);
    return extensions.some((e) => path.endsWith(e)) && !/\.test\.tsx?$/.test(path) ? [path] : [];
  });
}

/** The folders under src/ that a file imports from (relative imports only). */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map(
    (m) => m[1],
  );
  const folders = specifiers.map((spec) => {
    const target = join(file, "..", spec);
    const parts = target.split(/[\\/]/);
    return parts[0] === "src" ? parts[1] : parts[0];
  });
  return [...new Set(folders)];
}

describe("src/core stays pure (architecture.md)", () => {
  const files = sourceFiles("src/core");

  it.each(files)("%s has no node: import, I/O, clock or Math.random", (file) => {
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(/from ["']node:/);
    expect(text).not.toMatch(/from ["'](fs|path|os|child_process|worker_threads)["']/);
    expect(text).not.toMatch(/Math\.random|Date\.now\(|new Date\(/);
  });

  it.each(files)("%s imports nothing from the edges", (file) => {
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(/from ["'](\.\.\/)+(app|cli|server|web|workers|report|data|charts)\//);
  });
});

describe("the layers import downwards only (docs/architecture.md)", () => {
  // Each folder and the folders it must never import; app/ is the use cases the others share.
  const forbidden: Record<string, string[]> = {
    server: ["cli"],
    workers: ["cli", "server"],
    web: ["cli", "server", "workers"],
    app: ["cli", "server", "web", "workers"],
  };
  const cases = Object.entries(forbidden).flatMap(([folder, banned]) =>
    sourceFiles(`src/${folder}`, [".ts", ".tsx"]).map((file) => [file, banned] as const),
  );

  it("finds the files it checks", () => {
    expect(cases.filter(([f]) => f.startsWith("src/server/")).length).toBeGreaterThan(10);
    expect(cases.filter(([f]) => f.startsWith("src/app/")).length).toBeGreaterThan(10);
    // The checker sees a real cli import: cli/main.ts imports app/user-error.
    expect(importedFolders("src/cli/main.ts")).toContain("app");
  });

  it.each(cases)("%s imports none of %j", (file, banned) => {
    const folders = importedFolders(file);
    expect(folders.filter((f) => banned.includes(f))).toEqual([]);
  });
});

describe("the use cases in src/app neither parse argv nor print", () => {
  it.each(sourceFiles("src/app"))("%s", (file) => {
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(/process\.(argv|stdout|stderr|exit)|console\.\w+\(/);
    expect(text).not.toMatch(/from ["'](commander|@commander-js\/extra-typings|cli-progress)["']/);
  });
});
