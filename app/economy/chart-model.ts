/**
 * The geometry of an indicator chart as app/economy/chart.server.ts computes it and
 * app/components/IndicatorChart.tsx draws it: plain numbers and strings, no server
 * imports, so the component can name the type it takes.
 */
export interface ChartMark {
  /** The year of a time chart's mark; on a chart of categories, the category's position. */
  year: number;
  value: number;
  preliminary: boolean;
  label: string;
  /** Centre of the point, or the top-left corner of the bar. */
  x: number;
  y: number;
  /** Bars only. */
  width?: number;
  height?: number;
}

export interface ChartModel {
  kind: "line" | "bar";
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  marks: ChartMark[];
  /** The line through the points, broken where a year has no figure (line charts only). */
  path: string | null;
  /** y of the zero line. */
  baseline: number;
  xTicks: { year: number; x: number; label: string }[];
  yTicks: { value: number; y: number; label: string }[];
  /** The 1 July 2025 rule (time charts); null on a chart of categories (app/report/), which has no time axis. */
  merger: { x: number; label: string } | null;
}
