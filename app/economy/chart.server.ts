/**
 * Indicator series → the geometry of a server-rendered SVG chart. Scales and paths come
 * from d3-scale and d3-shape; the result is plain numbers and strings, so the component
 * that draws it stays free of d3 and the browser bundle never carries it.
 *
 * Time runs on a UTC time scale: an annual figure sits at the middle of its year, and the
 * 1 July 2025 merger of Hậu Giang into Cần Thơ city is a vertical rule at its real date,
 * so every chart shows where the former province's series ends.
 */
import { scaleBand, scaleLinear, scaleUtc } from "d3-scale";
import { line } from "d3-shape";
import type { ChartMark, ChartModel } from "./chart-model";

export type { ChartMark, ChartModel };

/** The date Hậu Giang became part of Cần Thơ city (Resolution 202/2025/QH15). */
export const MERGER_DATE = "2025-07-01";
const MERGER_YEAR = 2025;

/** viewBox size: small enough that tick labels stay readable when the SVG is 320 px wide. */
export const CHART_WIDTH = 400;
export const CHART_HEIGHT = 220;
const MARGIN = { top: 22, right: 12, bottom: 28, left: 48 };

export interface Observation {
  year: number;
  value: number;
  preliminary?: boolean | null;
}

export interface ChartLabels {
  /** Accessible text of one point or bar, e.g. "2023: 58.5 trillion VND (preliminary)". */
  point: (o: Observation) => string;
  /** A y-axis tick. */
  tick: (value: number) => string;
  /** The short text beside the merger rule. */
  merger: string;
}

const midYear = (year: number) => new Date(Date.UTC(year, 6, 1));
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Lines for series of three or more years (a trend), bars for one or two figures (a
 * comparison, where a line would suggest a trend that two points cannot show).
 */
export function chartKind(series: readonly Observation[]): "line" | "bar" {
  return series.length >= 3 ? "line" : "bar";
}

/** A time chart always has its merger rule. */
export type TimeChartModel = ChartModel & { merger: NonNullable<ChartModel["merger"]> };

export function buildChart(input: readonly Observation[], labels: ChartLabels): TimeChartModel {
  const series = [...input].sort((a, b) => a.year - b.year);
  const kind = chartKind(series);
  const plot = {
    left: MARGIN.left,
    right: CHART_WIDTH - MARGIN.right,
    top: MARGIN.top,
    bottom: CHART_HEIGHT - MARGIN.bottom,
  };

  const years = series.map((o) => o.year);
  // Always reach past mid-2025 so the merger rule is on every chart; start no later than
  // 2024 so that a series that begins at the merger still shows the year before it.
  const firstYear = Math.min(...years, MERGER_YEAR - 1);
  const lastYear = Math.max(...years, MERGER_YEAR);
  const x = scaleUtc()
    .domain([new Date(Date.UTC(firstYear, 0, 1)), new Date(Date.UTC(lastYear + 1, 0, 1))])
    .range([plot.left, plot.right]);

  const values = series.map((o) => o.value);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .nice(4)
    .range([plot.bottom, plot.top]);
  // An all-zero (or empty) series would give a zero-height domain; nice() leaves it so.
  if (y.domain()[0] === y.domain()[1]) y.domain([0, 1]);

  const marks: ChartMark[] = series.map((o) => {
    const base = { year: o.year, value: o.value, preliminary: !!o.preliminary, label: labels.point(o) };
    if (kind === "line") return { ...base, x: round(x(midYear(o.year))), y: round(y(o.value)) };
    // A bar covers the middle of its year: March to November.
    const x0 = x(new Date(Date.UTC(o.year, 2, 1)));
    const x1 = x(new Date(Date.UTC(o.year, 10, 1)));
    const top = Math.min(y(o.value), y(0));
    return { ...base, x: round(x0), y: round(top), width: round(x1 - x0), height: round(Math.abs(y(o.value) - y(0))) };
  });

  let path: string | null = null;
  if (kind === "line") {
    // A missing year breaks the line instead of drawing a slope nobody measured.
    const byYear = new Map(series.map((o) => [o.year, o]));
    const slots: (Observation | null)[] = [];
    for (let year = years[0]; year <= years[years.length - 1]; year++) slots.push(byYear.get(year) ?? null);
    path = line<Observation | null>()
      .defined((o) => o !== null)
      .x((o) => x(midYear(o!.year)))
      .y((o) => y(o!.value))
      .digits(1)(slots);
  }

  const xTicks: ChartModel["xTicks"] = [];
  const step = lastYear - firstYear + 1 > 8 ? 2 : 1;
  for (let year = firstYear; year <= lastYear; year += step) {
    xTicks.push({ year, x: round(x(midYear(year))), label: String(year) });
  }

  return {
    kind,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    plot,
    marks,
    path,
    baseline: round(y(0)),
    xTicks,
    yTicks: y.ticks(4).map((value) => ({ value, y: round(y(value)), label: labels.tick(value) })),
    merger: { x: round(x(new Date(`${MERGER_DATE}T00:00:00Z`))), label: labels.merger },
  };
}

export interface Category {
  label: string;
  value: number;
}

/**
 * Bars for named categories (languages, sections, countries) in the same geometry and the
 * same component as the indicator charts, for the yearly report (app/report/): a band
 * scale instead of time, no merger rule. `point` gives each bar its accessible text.
 */
export function buildCategoryChart(
  categories: readonly Category[],
  labels: { point: (c: Category, index: number) => string; tick: (value: number) => string },
): ChartModel {
  const plot = {
    left: MARGIN.left,
    right: CHART_WIDTH - MARGIN.right,
    top: MARGIN.top,
    bottom: CHART_HEIGHT - MARGIN.bottom,
  };
  const x = scaleBand<number>()
    .domain(categories.map((_, i) => i))
    .range([plot.left, plot.right])
    .padding(0.25);
  const y = scaleLinear()
    .domain([0, Math.max(0, ...categories.map((c) => c.value))])
    .nice(4)
    .range([plot.bottom, plot.top]);
  if (y.domain()[0] === y.domain()[1]) y.domain([0, 1]);
  // Counts are whole numbers: no tick at 0.5 of an inquiry.
  const ticks = y.ticks(4).filter((v) => Number.isInteger(v));
  return {
    kind: "bar",
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    plot,
    marks: categories.map((c, i) => ({
      year: i,
      value: c.value,
      preliminary: false,
      label: labels.point(c, i),
      x: round(x(i)!),
      y: round(y(c.value)),
      width: round(x.bandwidth()),
      height: round(y(0) - y(c.value)),
    })),
    path: null,
    baseline: round(y(0)),
    xTicks: categories.map((c, i) => ({ year: i, x: round(x(i)! + x.bandwidth() / 2), label: c.label })),
    yTicks: ticks.map((value) => ({ value, y: round(y(value)), label: labels.tick(value) })),
    merger: null,
  };
}
