import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });
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
    expect(text).not.toMatch(/from ["'](\.\.\/)+(cli|server|web|workers|report|data|charts)\//);
  });
});
