// Economic data and the map over HTTP: charts match the dataset, downloads parse back, unknown keys are JSON 404s, the map links every point and shows its attribution.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, inject, it } from "vitest";
import { LANGUAGE_IDS } from "../../app/i18n/languages";
import { DATASET_PATH } from "../pages";

const baseUrl = inject("baseUrl");

function get(path: string) {
  return fetch(baseUrl + path, { redirect: "manual" });
}

interface Indicator {
  key: string;
  unit: string;
  series: { year: number; value: number; preliminary?: boolean; asOf?: string; source: { title: string } }[];
}

/** The published indicators of the demo dataset, with at least one observation: the truth the pages must show. */
const indicators: Indicator[] = readFileSync(DATASET_PATH, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Indicator & { _type: string; _id: string })
  .filter((d) => d._type === "economicIndicator" && !d._id.startsWith("drafts.") && d.series?.length);

/** The markup of one indicator's <article id="key">…</article>. */
function indicatorSection(html: string, key: string): string {
  const start = html.indexOf(`<article class="indicator" id="${key}"`);
  expect(start, `section for ${key}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf("</article>", start));
}

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF; every row as wide as the header), read by csv-parse. */
const parseCsv = (text: string): string[][] => parse(text);

describe("economy dashboard", () => {
  it("has the demo's indicators to check", () => expect(indicators.length).toBeGreaterThan(5));

  it.each(["vi", "ja"] as const)("draws one labelled mark per observation for every indicator (%s)", async (lang) => {
    const response = await get(`/${lang}/economy`);
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const indicator of indicators) {
      const section = indicatorSection(html, indicator.key);
      const svg = /<svg[^>]*class="chart[^"]*"[^>]*>/.exec(section)?.[0] ?? "";
      expect(svg, indicator.key).toMatch(/role="img"/);
      expect(svg, indicator.key).toMatch(
        new RegExp(`aria-labelledby="chart-${indicator.key}-title chart-${indicator.key}-desc"`),
      );
      expect(section).toMatch(new RegExp(`<title id="chart-${indicator.key}-title">[^<]+</title>`));
      expect(section).toMatch(new RegExp(`<desc id="chart-${indicator.key}-desc">[^<]+</desc>`));
      const marks = [
        ...section.matchAll(/<g class="chart__mark[^"]*" data-year="(\d+)"[^>]*><title>([^<]+)<\/title>/g),
      ];
      expect(
        marks.map((m) => Number(m[1])),
        indicator.key,
      ).toEqual(indicator.series.map((o) => o.year).sort((a, b) => a - b));
      // Every label names its year.
      for (const [, year, label] of marks) expect(label).toContain(year);
      expect(section, `${indicator.key}: the merger rule`).toMatch(/class="chart__merger"/);
      // The table has a caption and one row per observation, values end-aligned.
      expect(section).toMatch(/<table class="data-table"><caption>/);
      expect([...section.matchAll(/<td class="num">/g)]).toHaveLength(indicator.series.length);
      // Links to the downloads of this indicator.
      expect(section).toContain(`href="/api/indicators/${indicator.key}.csv?lang=${lang}"`);
      expect(section).toContain(`href="/api/indicators/${indicator.key}.json?lang=${lang}"`);
    }
    expect(html).toContain(`href="/api/indicators.csv?lang=${lang}"`);
    expect(html).toContain(`href="/api/indicators.json?lang=${lang}"`);
  });

  it("marks preliminary figures in the table", async () => {
    const html = await (await get("/en/economy")).text();
    for (const indicator of indicators) {
      const count = indicator.series.filter((o) => o.preliminary).length;
      const section = indicatorSection(html, indicator.key);
      expect([...section.matchAll(/<td><span class="badge badge--preliminary">/g)], indicator.key).toHaveLength(count);
    }
  });
});

describe("open-data downloads", () => {
  it("serves every indicator as JSON with sources, CORS-open and cacheable", async () => {
    const response = await get("/api/indicators.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toMatch(/public/);
    const body = (await response.json()) as {
      lang: string;
      dataAsOf: string;
      indicators: (Indicator & { label: string; labels: Record<string, string> })[];
    };
    expect(body.lang).toBe("en");
    expect(body.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.indicators.map((i) => i.key).sort()).toEqual(indicators.map((i) => i.key).sort());
    for (const i of body.indicators) {
      const truth = indicators.find((x) => x.key === i.key)!;
      expect(i.series.map((o) => [o.year, o.value])).toEqual(
        truth.series.map((o) => [o.year, o.value]).sort((a, b) => a[0] - b[0]),
      );
      for (const o of i.series) expect(o.source.title).toBeTruthy();
      expect(Object.keys(i.labels)).toEqual(expect.arrayContaining(["vi", "en"]));
    }
  });

  it("serves one indicator as JSON in the requested language", async () => {
    const key = indicators[0].key;
    const body = (await (await get(`/api/indicators/${key}.json?lang=ja`)).json()) as {
      key: string;
      lang: string;
      label: string;
      series: unknown[];
    };
    expect(body.key).toBe(key);
    expect(body.lang).toBe("ja");
    expect(body.series).toHaveLength(indicators[0].series.length);
  });

  it("serves all observations as UTF-8 CSV with a BOM, one row each, headers in ?lang", async () => {
    const response = await get("/api/indicators.csv?lang=vi");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, ""));
    const [header, ...data] = rows;
    expect(header).toContain("năm");
    expect(header).toContain("tên nguồn");
    expect(data).toHaveLength(indicators.reduce((n, i) => n + i.series.length, 0));
    const col = (name: string) => header.indexOf(name);
    for (const row of data) {
      expect(row).toHaveLength(header.length);
      expect(Number.isFinite(Number(row[col("giá trị")]))).toBe(true);
      expect(row[col("tên nguồn")]).not.toBe("");
    }
    // Vietnamese survives the round trip.
    expect(data.some((row) => /[ảạếệốộữự]/.test(row[col("chỉ số")]))).toBe(true);
  });

  it("serves one indicator as CSV with English headers by default", async () => {
    const indicator = indicators.find((i) => i.series.length > 2) ?? indicators[0];
    const text = (await (await get(`/api/indicators/${indicator.key}.csv`)).text()).replace(/^\uFEFF/, "");
    const [header, ...data] = parseCsv(text);
    expect(header.slice(0, 2)).toEqual(["key", "indicator"]);
    expect(data.map((r) => Number(r[header.indexOf("year")]))).toEqual(
      indicator.series.map((o) => o.year).sort((a, b) => a - b),
    );
  });

  it.each([
    "/api/indicators/no-such-key.json",
    "/api/indicators/no-such-key.csv",
    "/api/indicators/grdp.xml",
    "/api/indicators/%3Cscript%3E.json",
  ])("answers %s with a JSON 404", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: string };
    expect(body.error).toBeTruthy();
    expect(JSON.stringify(body)).not.toContain("<script");
  });
});

describe("investment map", () => {
  it.each(LANGUAGE_IDS)("draws 7 districts, links every point and shows the attribution (%s)", async (lang) => {
    const response = await get(`/${lang}/invest/map`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const svg = html.slice(
      html.indexOf('<svg class="locality-map"'),
      html.indexOf("</svg>", html.indexOf('<svg class="locality-map"')),
    );
    expect([...svg.matchAll(/<path d="[^"]+" data-district="/g)]).toHaveLength(7);
    const links = [...svg.matchAll(/<a href="([^"]+)" aria-labelledby="([^"]+)"/g)];
    const marks = [...svg.matchAll(/<a [^>]*class="map-point/g)];
    expect(links.length).toBe(marks.length);
    expect(links.length).toBeGreaterThan(0);
    for (const [, href, labelId] of links) {
      expect(href).toMatch(new RegExp(`^/${lang}/invest/(opportunities|industrial-parks)/[^/]+$`));
      // The name is an element of its own, so a title in another language carries its `lang`
      // instead of sitting in a one-language aria-label.
      const label = new RegExp(`<span id="${labelId}">(.*?<span[^>]*>.*?</span>.*?)</span>`).exec(html)?.[1] ?? "";
      expect(label.replace(/<[^>]+>/g, "").trim(), labelId).not.toBe("");
      for (const [, partLang] of label.matchAll(/lang="([^"]+)"/g)) expect(partLang).not.toBe(lang);
      // The same destination is in the list beside the map.
      expect(html.slice(html.indexOf('class="map-list"'))).toContain(`href="${href}"`);
    }
    expect(html).toMatch(/geoBoundaries/);
    expect(html).toContain("CC BY 3.0 IGO");
    expect(html).toMatch(/Who(&#x27;|')s On First/);
    expect(html).toContain("CC BY 2.0");
    expect(html).toContain("GeoNames");
    expect(html).toContain("CC BY 4.0");
    // "former (2020–2024)": the units are labelled with their years (ja and ko write 2020～2024).
    expect(html).toMatch(/2020\s*[–～~-]\s*2024/);
  });
});
