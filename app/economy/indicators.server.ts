/**
 * Economic indicators as the dashboard shows them and as the open-data API hands them
 * out (JSON and CSV). Both read the same query result, so a figure on the page and in a
 * download can never disagree.
 */
import { stringify } from "csv-stringify/sync";
import type { INDICATORS_QUERY_RESULT } from "~/content/sanity.types";
import { pickLocalized, type Shown } from "~/content/translations";
import { formatAxisNumber, formatDate, formatIndicator } from "~/i18n/format";
import { getFixedT } from "~/i18n/i18next.server";
import { LANGUAGE_IDS, type Lang } from "~/i18n/languages";
import { buildChart, MERGER_DATE, type ChartModel } from "./chart.server";

export type RawIndicator = INDICATORS_QUERY_RESULT[number];
export type RawObservation = NonNullable<RawIndicator["series"]>[number];

/** Keys are short identifiers (`grdp`, `fdiCapital`); anything else in a URL is not a key. */
export const INDICATOR_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** The most recent date any figure of these indicators describes (YYYY-MM-DD), or null. */
export function dataAsOf(indicators: readonly RawIndicator[]): string | null {
  let latest: string | null = null;
  for (const i of indicators) {
    for (const o of i.series ?? []) {
      const date = o.asOf ?? `${o.year}-12-31`;
      if (!latest || date > latest) latest = date;
    }
  }
  return latest;
}

/** When the indicator documents were last edited, for Last-Modified. */
export function lastUpdated(indicators: readonly RawIndicator[]): string | null {
  return indicators.reduce<string | null>((max, i) => (!max || i._updatedAt > max ? i._updatedAt : max), null);
}

export interface IndicatorPanel {
  key: string;
  label: Shown<string> | null;
  unit: string;
  category: string;
  scope: string;
  series: (RawObservation & { display: string })[];
  latest: (RawObservation & { display: string }) | null;
  chart: ChartModel;
}

/** One indicator for the dashboard: its label in the reader's language, every figure formatted, the chart. */
export function indicatorPanel(raw: RawIndicator, lang: Lang, chain: Lang[]): IndicatorPanel {
  const t = getFixedT(lang, "economy");
  const series = (raw.series ?? []).map((o) => ({ ...o, display: formatIndicator(lang, o.value, raw.unit) }));
  const displayOf = new Map(series.map((o) => [o.year, o.display]));
  const chart = buildChart(series, {
    point: (o) =>
      t(o.preliminary ? "chart.pointPreliminary" : "chart.point", {
        year: o.year,
        value: displayOf.get(o.year) ?? formatIndicator(lang, o.value, raw.unit),
      }),
    tick: (value) => formatAxisNumber(lang, value),
    merger: t("merger.short"),
  });
  return {
    key: raw.key,
    label: pickLocalized(raw.label, chain),
    unit: raw.unit,
    category: raw.category ?? "economy",
    scope: raw.scope ?? "former-province",
    series,
    latest: series.at(-1) ?? null,
    chart,
  };
}

// ─── Open data ──────────────────────────────────────────────────────────────────

function labelsByLanguage(raw: RawIndicator): Partial<Record<Lang, string>> {
  const out: Partial<Record<Lang, string>> = {};
  for (const lang of LANGUAGE_IDS) {
    const shown = pickLocalized(raw.label, [lang]);
    if (shown) out[lang] = shown.value;
  }
  return out;
}

/** The JSON form of one indicator (documented in docs/open-data-api.md). */
export function indicatorJson(raw: RawIndicator, lang: Lang, origin: string) {
  const t = getFixedT(lang, "economy");
  return {
    key: raw.key,
    label: pickLocalized(raw.label, [lang, "en", "vi"])?.value ?? raw.key,
    labels: labelsByLanguage(raw),
    unit: raw.unit,
    unitLabel: t(`unit.${raw.unit}`),
    category: raw.category,
    scope: raw.scope ?? "former-province",
    dataAsOf: dataAsOf([raw]),
    links: {
      json: `${origin}/api/indicators/${encodeURIComponent(raw.key)}.json`,
      csv: `${origin}/api/indicators/${encodeURIComponent(raw.key)}.csv`,
    },
    series: (raw.series ?? []).map((o) => ({
      year: o.year,
      value: o.value,
      preliminary: !!o.preliminary,
      asOf: o.asOf ?? null,
      note: o.note ?? null,
      source: {
        title: o.source?.title ?? null,
        language: o.source?.language ?? null,
        publisher: o.source?.publisher ?? null,
        url: o.source?.url ?? null,
        accessed: o.source?.accessed ?? null,
      },
    })),
  };
}

/** Facts every download repeats, so a file that travels alone still says what it is. */
export function datasetNotes(lang: Lang) {
  const t = getFixedT(lang, "economy");
  return {
    title: t("api.title"),
    merger: t("merger.note"),
    mergerDate: MERGER_DATE,
  };
}

const CSV_COLUMNS = [
  "key",
  "indicator",
  "category",
  "scope",
  "unit",
  "year",
  "value",
  "preliminary",
  "asOf",
  "note",
  "sourceTitle",
  "sourcePublisher",
  "sourceUrl",
  "sourceAccessed",
] as const;

/**
 * One row per observation, each with its source and the date it describes. Values stay
 * machine-readable (a dot decimal, no grouping) whatever the header language: the CSV is
 * for spreadsheets and scripts, the page is for reading. The BOM makes Excel read UTF-8,
 * so Vietnamese and CJK labels survive a double-click.
 */
export function indicatorsCsv(indicators: readonly RawIndicator[], lang: Lang): string {
  const t = getFixedT(lang, "economy");
  const rows: (string | number)[][] = [];
  for (const raw of indicators) {
    const label = pickLocalized(raw.label, [lang, "en", "vi"])?.value ?? raw.key;
    for (const o of raw.series ?? []) {
      rows.push([
        raw.key,
        label,
        raw.category ?? "",
        raw.scope ?? "former-province",
        t(`unit.${raw.unit}`),
        o.year,
        o.value,
        o.preliminary ? "true" : "false",
        o.asOf ?? "",
        o.note ?? "",
        o.source?.title ?? "",
        o.source?.publisher ?? "",
        o.source?.url ?? "",
        o.source?.accessed ?? "",
      ]);
    }
  }
  const header = CSV_COLUMNS.map((c) => t(`csv.${c}`));
  // CRLF as RFC 4180 says; Excel and every CSV reader accept it.
  return "\uFEFF" + stringify([header, ...rows], { record_delimiter: "windows" });
}

/** "31 Dec 2024" in the reader's language, for "data as of". */
export function formatAsOf(lang: Lang, iso: string | null | undefined): string | null {
  return iso ? formatDate(lang, `${iso}T12:00:00Z`, "medium") : null;
}
