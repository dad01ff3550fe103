import * as Plot from "@observablehq/plot";

/** What frames every chart, after Our World in Data's grapher: a finding, units, a source. */
export interface ChartFrame {
  /** The finding, stated as a sentence ("Breakout time fell below a month in 2021"). */
  title: string;
  /** What is plotted, with units. */
  subtitle?: string;
  /** Where the numbers come from (printed under the chart). */
  source: string;
  /** The assumptions the chart depends on (printed under the source). */
  assumptions?: string;
  width?: number;
  height?: number;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Greedy word wrap so long captions stay inside the frame (about 6 px per character at 11 px). */
function wrap(text: string, width: number, pxPerChar = 6): string[] {
  const maxChars = Math.max(20, Math.floor(width / pxPerChar));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Plot returns an HTML <figure> instead of an <svg> when it draws a legend, and HTML does not
 * render inside an SVG file. Take the plot's own <svg> and the colour legend's entries instead.
 */
function plotSvgAndLegend(element: Element): {
  svg: string;
  legend: { label: string; color: string }[];
} {
  if (element.tagName.toLowerCase() === "svg") return { svg: element.outerHTML, legend: [] };
  const svg = [...element.children].find((child) => child.tagName.toLowerCase() === "svg");
  const scale = (
    element as unknown as {
      scale?: (name: string) => { domain: unknown[]; range?: unknown[] } | undefined;
    }
  ).scale?.("color");
  const legend =
    scale?.range && scale.domain
      ? scale.domain.map((label, i) => ({
          label: String(label),
          color: String(scale.range?.[i % (scale.range?.length ?? 1)]),
        }))
      : [];
  return { svg: svg?.outerHTML ?? "", legend };
}

/**
 * Renders Plot options into one standalone SVG string: title and subtitle above, the plot, then
 * the source and the assumptions below. Pure given `document` (linkedom in Node, the page in the
 * browser), so the same spec draws in both.
 */
export function framedSvg(plot: Plot.PlotOptions, frame: ChartFrame, document: Document): string {
  const width = frame.width ?? 720;
  const height = frame.height ?? 380;
  const inner = Plot.plot({ ...plot, width, height, document, style: { background: "white" } });
  const { svg: innerSvg, legend } = plotSvgAndLegend(inner as unknown as Element);
  const font =
    'font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif"';
  const header: string[] = [];
  let y = 24;
  for (const line of wrap(frame.title, width, 10)) {
    header.push(
      `<text x="8" y="${y}" font-size="16" font-weight="600" fill="#222">${escapeXml(line)}</text>`,
    );
    y += 20;
  }
  if (frame.subtitle) {
    for (const line of wrap(frame.subtitle, width, 7)) {
      header.push(`<text x="8" y="${y}" font-size="12" fill="#555">${escapeXml(line)}</text>`);
      y += 16;
    }
  }
  if (legend.length > 0) {
    let x = 8;
    for (const { label, color } of legend) {
      const itemWidth = 28 + label.length * 6;
      if (x > 8 && x + itemWidth > width - 8) {
        // Wrap the legend rather than run past the frame.
        x = 8;
        y += 18;
      }
      header.push(
        `<rect x="${x}" y="${y - 9}" width="12" height="12" fill="${escapeXml(color)}"/>`,
      );
      header.push(
        `<text x="${x + 16}" y="${y + 1}" font-size="11" fill="#333">${escapeXml(label)}</text>`,
      );
      x += itemWidth;
    }
    y += 18;
  }
  const top = y + 4;
  const footer: string[] = [];
  let fy = top + height + 16;
  for (const line of wrap(`Source: ${frame.source}`, width)) {
    footer.push(`<text x="8" y="${fy}" font-size="11" fill="#555">${escapeXml(line)}</text>`);
    fy += 14;
  }
  if (frame.assumptions) {
    for (const line of wrap(`Assumptions: ${frame.assumptions}`, width)) {
      footer.push(`<text x="8" y="${fy}" font-size="11" fill="#777">${escapeXml(line)}</text>`);
      fy += 14;
    }
  }
  const total = fy + 4;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" ${font}>`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...header,
    `<g transform="translate(0,${top})">${innerSvg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ')}</g>`,
    ...footer,
    "</svg>",
  ].join("\n");
}
