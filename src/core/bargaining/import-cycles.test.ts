// No import circle inside core/bargaining (issue 14 named game-reductions ↔ model-registry ↔
// published-vectors): every relative import, type-only ones included, forms a graph without cycles.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = "src/core/bargaining";

function imports(file: string): string[] {
  const text = readFileSync(join(DIR, file), "utf8");
  return [...text.matchAll(/from\s+"\.\/([\w-]+)\.js"/g)].map((m) => `${m[1]}.ts`);
}

function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "open") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe("core/bargaining imports", () => {
  it("form no cycle", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    const graph = new Map(files.map((f) => [f, imports(f)]));
    expect(findCycle(graph)).toBeNull();
  });

  it("the check finds a cycle when there is one", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
    ]);
    expect(findCycle(graph)).toEqual(["a.ts", "b.ts", "c.ts", "a.ts"]);
  });
});
