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
