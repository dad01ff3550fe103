import * as Plot from "@observablehq/plot";
import { describe, expect, it } from "vitest";
import { framedSvg } from "./frame.js";
import { nodeDocument } from "./node-document.js";

const frame = {
  title: "A finding",
  subtitle: "What is plotted, with units",
  source: "A source",
  assumptions: "Some",
};

describe("framedSvg(plot, frame, document)", () => {
  it("is one standalone SVG with the title, the source and the assumptions", () => {
    const svg = framedSvg({ marks: [Plot.barX([1, 2, 3])] }, frame, nodeDocument());
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain(">A finding</text>");
    expect(svg).toContain("Source: A source");
    expect(svg).toContain("Assumptions: Some");
  });

  it("draws a colour legend as SVG: no HTML that an SVG file cannot show", () => {
    const data = [
      { name: "a", kind: "p10", x: 1 },
      { name: "b", kind: "p90", x: 2 },
    ];
    const svg = framedSvg(
      { color: { legend: true }, marks: [Plot.barX(data, { x: "x", y: "name", fill: "kind" })] },
      frame,
      nodeDocument(),
    );
    expect(svg).not.toMatch(/<figure|<div|<span/);
    expect(svg).toContain(">p10</text>");
    expect(svg).toContain(">p90</text>");
    expect((svg.match(/<rect/g) ?? []).length).toBeGreaterThanOrEqual(4);
  });
});

describe("framedSvg legends", () => {
  it("wrap onto a new line instead of running past the frame", () => {
    const names = Array.from({ length: 12 }, (_, i) => `actor number ${i + 1}`);
    const svg = framedSvg(
      {
        color: { legend: true, domain: names },
        marks: [
          Plot.barX(
            names.map((name, i) => ({ name, x: i })),
            { x: "x", y: "name", fill: "name" },
          ),
        ],
      },
      { ...frame, width: 400 },
      nodeDocument(),
    );
    const legendX = [...svg.matchAll(/<rect x="(\d+)" y="\d+" width="12"/g)].map((m) =>
      Number(m[1]),
    );
    expect(legendX).toHaveLength(12);
    expect(Math.max(...legendX)).toBeLessThan(400);
    expect(legendX.filter((x) => x === 8).length).toBeGreaterThan(1);
  });
});
