/**
 * An indicator's chart as plain SVG from geometry computed on the server
 * (app/economy/chart.server.ts): no script, scales to its container through the viewBox.
 * The SVG is one image for assistive technology, named by its title and description; the
 * table beside it carries every figure. Each point or bar also has its own <title>
 * (year and value), which shows on hover.
 */
import type { ChartModel } from "~/economy/chart-model";

export function IndicatorChart({
  chart,
  id,
  title,
  description,
}: {
  chart: ChartModel;
  id: string;
  title: string;
  description: string;
}) {
  const { plot } = chart;
  return (
    <svg
      className={`chart chart--${chart.kind}`}
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-marks={chart.marks.length}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g className="chart__grid">
        {chart.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
            <text x={plot.left - 6} y={tick.y} dy="0.32em" textAnchor="end">
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      <g className="chart__axis">
        <line x1={plot.left} x2={plot.right} y1={chart.baseline} y2={chart.baseline} />
        {chart.xTicks.map((tick) => (
          <text key={tick.year} x={tick.x} y={plot.bottom + 18} textAnchor="middle">
            {tick.label}
          </text>
        ))}
      </g>
      {chart.merger ? (
        <g className="chart__merger" data-merger-x={chart.merger.x}>
          <line x1={chart.merger.x} x2={chart.merger.x} y1={plot.top - 14} y2={plot.bottom} />
          <text x={chart.merger.x - 4} y={plot.top - 6} textAnchor="end">
            {chart.merger.label}
          </text>
        </g>
      ) : null}
      {chart.path ? <path className="chart__line" d={chart.path} /> : null}
      <g className="chart__marks">
        {chart.marks.map((m) => (
          <g
            key={m.year}
            className={`chart__mark${m.preliminary ? " chart__mark--preliminary" : ""}`}
            data-year={m.year}
            data-value={m.value}
          >
            <title>{m.label}</title>
            {chart.kind === "bar" ? (
              <rect x={m.x} y={m.y} width={m.width} height={m.height} />
            ) : (
              <circle cx={m.x} cy={m.y} r={4.5} />
            )}
          </g>
        ))}
      </g>
    </svg>
  );
}
