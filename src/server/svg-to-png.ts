// PNG export of a stored chart: the SVG rendered by resvg with the system's fonts (DejaVu or
// Liberation on Debian). No font file ships, so glyphs can differ between machines; the SVG is the
// reference output.
import { Resvg } from "@resvg/resvg-js";

/** Renders an SVG to PNG at `scale` × its own size (1 to 4). */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}
