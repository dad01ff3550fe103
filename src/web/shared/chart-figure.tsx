import { useEffect, useState } from "react";
import { downloadPng, downloadSvg } from "./download.js";
import { markRedrawn } from "./timing.js";

export interface ChartFigureProps {
  /** The standalone SVG (title, chart, source and assumptions inside). */
  svg: string | null;
  /** File name without extension, and the key of the redraw timing. */
  name: string;
  /** What the chart shows, for screen readers. */
  label: string;
  /** Shown instead of the chart while it is computed. */
  busy?: boolean;
}

/** A chart from a shared Plot spec, with SVG and PNG downloads. */
export function ChartFigure({ svg, name, label, busy }: ChartFigureProps) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (svg) markRedrawn(name);
  }, [svg, name]);
  return (
    <figure className="chart" data-chart={name} aria-busy={busy ? "true" : "false"}>
      {svg ? (
        <div
          className={busy ? "chart-svg stale" : "chart-svg"}
          role="img"
          aria-label={label}
          // The SVG comes from our own Plot specs (escaped text), never from user HTML.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: trusted chart markup
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      ) : (
        <div className="chart-placeholder">{busy ? "Computing…" : "No chart yet."}</div>
      )}
      <figcaption className="chart-actions">
        <button
          type="button"
          disabled={!svg}
          onClick={() => svg && downloadSvg(svg, name)}
          aria-label={`Download ${label} as SVG`}
        >
          Download SVG
        </button>
        <button
          type="button"
          disabled={!svg}
          onClick={() => {
            setError(null);
            if (svg) downloadPng(svg, name).catch((e: Error) => setError(e.message));
          }}
          aria-label={`Download ${label} as PNG`}
        >
          Download PNG
        </button>
        {error && (
          <span role="alert" className="error-inline">
            {error}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
