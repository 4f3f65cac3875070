/**
 * Indicator charts are built on the server from the series: one mark per observation,
 * each with a label naming its year and value, scales that keep order, and the 1 July
 * 2025 merger of Hậu Giang into Cần Thơ city drawn on every chart.
 */
import { describe, expect, it } from "vitest";
import {
  buildCategoryChart,
  buildChart,
  chartKind,
  type ChartLabels,
  type Observation,
} from "../../app/economy/chart.server";

const labels: ChartLabels = {
  point: (o) => `${o.year}: ${o.value}${o.preliminary ? " (preliminary)" : ""}`,
  tick: (v) => String(v),
  merger: "Merger",
};

const grdp: Observation[] = [
  { year: 2018, value: 29763 },
  { year: 2019, value: 35136.6 },
  { year: 2020, value: 38362.17 },
  { year: 2021, value: 39726 },
  { year: 2022, value: 48063, preliminary: true },
  { year: 2023, value: 58505, preliminary: true },
];

describe("buildChart", () => {
  it("draws a line with one point per observation for three or more years", () => {
    const chart = buildChart(grdp, labels);
    expect(chart.kind).toBe("line");
    expect(chart.marks).toHaveLength(grdp.length);
    expect(chart.path).toMatch(/^M/);
  });

  it("draws bars for one or two observations", () => {
    const chart = buildChart(
      [
        { year: 2023, value: 25 },
        { year: 2024, value: 26 },
      ],
      labels,
    );
    expect(chart.kind).toBe("bar");
    expect(chart.path).toBeNull();
    expect(chart.marks).toHaveLength(2);
    for (const m of chart.marks) {
      expect(m.width).toBeGreaterThan(0);
      expect(m.height).toBeGreaterThan(0);
      // Bars stand on the zero line.
      expect(m.y + m.height!).toBeCloseTo(chart.baseline, 0);
    }
    expect(chartKind([{ year: 2024, value: 1 }])).toBe("bar");
  });

  it("labels every mark with its year and value, and flags preliminary ones", () => {
    const chart = buildChart(grdp, labels);
    expect(chart.marks.map((m) => m.label)).toEqual(grdp.map((o) => labels.point(o)));
    expect(chart.marks.filter((m) => m.preliminary).map((m) => m.year)).toEqual([2022, 2023]);
  });

  it("keeps order: later years to the right, larger values higher up", () => {
    const chart = buildChart(grdp, labels);
    const xs = chart.marks.map((m) => m.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(new Set(xs).size).toBe(xs.length);
    // Values rise every year in this series, so y (downwards in SVG) must fall.
    const ys = chart.marks.map((m) => m.y);
    expect([...ys].sort((a, b) => b - a)).toEqual(ys);
    const tickYs = chart.yTicks.map((t) => t.y);
    expect(chart.yTicks.map((t) => t.value)).toEqual([...chart.yTicks.map((t) => t.value)].sort((a, b) => a - b));
    expect([...tickYs].sort((a, b) => b - a)).toEqual(tickYs);
  });

  it("keeps every mark inside the plot area", () => {
    for (const series of [
      grdp,
      [{ year: 2025, value: 4061292 }],
      [
        { year: 2019, value: -3 },
        { year: 2020, value: 5 },
      ],
    ]) {
      const { plot, marks } = buildChart(series, labels);
      for (const m of marks) {
        expect(m.x).toBeGreaterThanOrEqual(plot.left);
        expect(m.x + (m.width ?? 0)).toBeLessThanOrEqual(plot.right);
        expect(m.y).toBeGreaterThanOrEqual(plot.top);
        expect(m.y + (m.height ?? 0)).toBeLessThanOrEqual(plot.bottom + 0.1);
      }
    }
  });

  it("marks the merger at mid-2025, after every figure of the former province", () => {
    const chart = buildChart(grdp, labels);
    const tick2025 = chart.xTicks.find((t) => t.year === 2025);
    expect(tick2025, "the time axis reaches 2025 even when the data stop earlier").toBeDefined();
    // Mid-year points sit on 1 July, the merger date.
    expect(chart.merger.x).toBeCloseTo(tick2025!.x, 0);
    for (const m of chart.marks) expect(m.x).toBeLessThan(chart.merger.x);
    expect(chart.merger.x).toBeLessThan(chart.plot.right);
    expect(chart.merger.label).toBe("Merger");
  });

  it("breaks the line where a year has no figure", () => {
    const withGap = grdp.filter((o) => o.year !== 2021);
    const chart = buildChart(withGap, labels);
    expect(chart.marks).toHaveLength(withGap.length);
    expect(chart.path!.match(/M/g)).toHaveLength(2);
    expect(buildChart(grdp, labels).path!.match(/M/g)).toHaveLength(1);
  });

  it("starts the value axis at zero so bar heights compare", () => {
    const chart = buildChart(
      [
        { year: 2023, value: 631.04 },
        { year: 2024, value: 755 },
      ],
      labels,
    );
    expect(chart.yTicks[0].value).toBe(0);
    const [a, b] = chart.marks;
    expect(b.height! / a.height!).toBeCloseTo(755 / 631.04, 1);
  });
});

describe("charts of categories (the yearly report)", () => {
  const chart = buildCategoryChart(
    [
      { label: "vi", value: 12 },
      { label: "en", value: 3 },
      { label: "fr", value: 0 },
    ],
    { point: (c, i) => `${i}:${c.label}=${c.value}`, tick: (v) => String(v) },
  );

  it("draws one bar per category, left to right, heights in proportion, with no merger rule", () => {
    expect(chart.kind).toBe("bar");
    expect(chart.merger).toBeNull();
    expect(chart.marks.map((m) => m.label)).toEqual(["0:vi=12", "1:en=3", "2:fr=0"]);
    expect(chart.marks[0]!.x).toBeLessThan(chart.marks[1]!.x);
    expect(chart.marks[0]!.height! / chart.marks[1]!.height!).toBeCloseTo(4, 1);
    expect(chart.marks[2]!.height).toBe(0);
    expect(chart.xTicks.map((t) => t.label)).toEqual(["vi", "en", "fr"]);
  });

  it("puts y ticks on whole numbers only", () => {
    const small = buildCategoryChart([{ label: "a", value: 1 }], { point: () => "", tick: String });
    expect(small.yTicks.every((t) => Number.isInteger(t.value))).toBe(true);
  });
});
