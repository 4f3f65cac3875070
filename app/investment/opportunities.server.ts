/**
 * The opportunity list as the page and its downloads see it: one query with the
 * parsed filters, each item in the reader's best language, and the date of the data.
 * The CSV, JSON and GeoJSON writers live here too, so the three formats describe the
 * same rows with the same localized labels.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { stringify } from "csv-stringify/sync";
import { loadQuery } from "~/content/load.server";
import { OPPORTUNITY_LIST_QUERY } from "~/content/queries";
import { localizeList } from "~/content/translations";
import type { SourceRef } from "~/content/views";
import { DISTRICTS, isValueOf, type DatePrecision } from "~/content/vocabulary";
import { formatPartialDate } from "~/i18n/format";
import { getFixedT } from "~/i18n/i18next.server";
import { SOURCE_LANG, type Lang } from "~/i18n/languages";
import { href } from "~/i18n/routing";
import { DISTRICT_SEATS, PLACES_ATTRIBUTION } from "./district-seats";
import { publicOrigin, requireLang, type RequestLanguage } from "~/i18n/locale.server";
import { CACHE } from "~/utils/cache";
import {
  filtersToQueryParams,
  filtersToSearch,
  parseOpportunityFilters,
  type OpportunityFilters,
} from "./opportunity-filters";

/** Re-exported for the list route, whose browser bundle must not import the parser (zod). */
export { parseOpportunityFilters };

export interface OpportunityRow {
  /** The source-language document: the id inquiries refer to. */
  sourceId: string;
  lang: Lang;
  isFallback: boolean;
  title: string;
  slug: string;
  summary: string | null;
  sector: string;
  location: string | null;
  areaHa: number | null;
  capitalVndBn: number | null;
  forms: string[];
  status: string;
  statusDate: string | null;
  statusDatePrecision: DatePrecision | null;
  illustrative: boolean;
  point: { lat: number; lng: number } | null;
  pointApproximate: boolean;
  sources: SourceRef[];
}

export interface OpportunityList {
  rows: OpportunityRow[];
  /** Opportunities before filtering. */
  total: number;
  /** The latest `_updatedAt` among the listed documents (all language versions), or null for an empty list. */
  dataAsOf: string | null;
}

export async function loadOpportunityList(
  { chain }: RequestLanguage,
  filters: OpportunityFilters,
): Promise<OpportunityList> {
  const data = await loadQuery(OPPORTUNITY_LIST_QUERY, { source: SOURCE_LANG, ...filtersToQueryParams(filters) });
  let dataAsOf: string | null = null;
  for (const item of data.items) {
    for (const v of [item, ...(item.translations ?? [])]) {
      if (v?._updatedAt && (!dataAsOf || v._updatedAt > dataAsOf)) dataAsOf = v._updatedAt;
    }
  }
  // Figures are shared by every language version; read them from the source document.
  const rows = localizeList(data.items, chain).map(({ source: base, shown: s }): OpportunityRow => {
    const v = s.value;
    return {
      sourceId: base._id,
      lang: s.lang,
      isFallback: s.isFallback,
      title: v.title,
      slug: v.slug,
      summary: v.summary ?? null,
      sector: base.sector,
      location: base.location ?? null,
      areaHa: base.areaHa ?? null,
      capitalVndBn: base.capitalVndBn ?? null,
      forms: base.investmentForms ?? [],
      status: base.status,
      statusDate: base.statusDate ?? null,
      statusDatePrecision: base.statusDatePrecision ?? null,
      illustrative: base.illustrative === true,
      point: base.point?.lat != null && base.point?.lng != null ? { lat: base.point.lat, lng: base.point.lng } : null,
      pointApproximate: base.pointApproximate === true,
      sources: v.sources ?? base.sources ?? [],
    };
  });
  return { rows, total: data.total, dataAsOf };
}

// ---------------------------------------------------------------------------------------
// Downloads

export type DownloadFormat = "csv" | "json" | "geojson";

export const DOWNLOAD_TYPES: Record<DownloadFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  geojson: "application/geo+json; charset=utf-8",
};

export interface DownloadContext {
  lang: Lang;
  /** Origin of absolute links in the files, e.g. https://example.org. */
  origin: string;
  filters: OpportunityFilters;
}

const CSV_COLUMNS = [
  "title",
  "sector",
  "location",
  "areaHa",
  "capitalVndBn",
  "investmentForms",
  "status",
  "statusDate",
  "illustrative",
  "url",
  "language",
  "sources",
  "dataAsOf",
] as const;

function labels(lang: Lang) {
  const t = getFixedT(lang, "investment");
  return {
    t,
    sector: (k: string) => t(`sector.${k}`),
    location: (k: string | null) => (k ? t(`location.${k}`) : ""),
    form: (k: string) => t(`form.${k}`),
    status: (k: string) => t(`status.${k}`),
  };
}

const detailUrl = (ctx: DownloadContext, row: OpportunityRow) =>
  ctx.origin + href(ctx.lang, `/invest/opportunities/${encodeURIComponent(row.slug)}`);
const sourceText = (sources: readonly SourceRef[]) =>
  sources.map((s) => [s.title, s.publisher, s.url].filter(Boolean).join(", ")).join("; ");

/** UTF-8 with a byte-order mark, so Excel reads Vietnamese, Japanese and Chinese correctly. */
export function opportunitiesCsv(list: OpportunityList, ctx: DownloadContext): string {
  const l = labels(ctx.lang);
  const header = CSV_COLUMNS.map((c) => l.t(`download.columns.${c}`));
  const records = list.rows.map((row) => [
    row.title,
    l.sector(row.sector),
    l.location(row.location),
    row.areaHa ?? "",
    row.capitalVndBn ?? "",
    row.forms.map(l.form).join("; "),
    l.status(row.status),
    row.statusDate ? formatPartialDate(ctx.lang, row.statusDate, row.statusDatePrecision) : "",
    row.illustrative ? l.t("download.yes") : l.t("download.no"),
    detailUrl(ctx, row),
    row.lang,
    sourceText(row.sources),
    list.dataAsOf ?? "",
  ]);
  return "\uFEFF" + stringify([header, ...records], { record_delimiter: "\r\n" });
}

/** What every JSON and GeoJSON download says about itself. */
function about(list: OpportunityList, ctx: DownloadContext) {
  const l = labels(ctx.lang);
  const query = filtersToSearch(ctx.filters);
  return {
    title: l.t("download.fileTitle"),
    publisher: getFixedT(ctx.lang)("meta.siteName"),
    page: ctx.origin + href(ctx.lang, `/invest/opportunities${query}`),
    language: ctx.lang,
    dataAsOf: list.dataAsOf,
    sourceNote: l.t("download.sourceNote"),
    filters: ctx.filters,
    count: list.rows.length,
  };
}

function jsonItem(row: OpportunityRow, ctx: DownloadContext) {
  const l = labels(ctx.lang);
  return {
    id: row.sourceId,
    title: row.title,
    language: row.lang,
    url: detailUrl(ctx, row),
    sector: row.sector,
    sectorLabel: l.sector(row.sector),
    location: row.location,
    locationLabel: row.location ? l.location(row.location) : null,
    areaHa: row.areaHa,
    capitalVndBn: row.capitalVndBn,
    investmentForms: row.forms,
    investmentFormLabels: row.forms.map(l.form),
    status: row.status,
    statusLabel: l.status(row.status),
    statusDate: row.statusDate,
    statusDatePrecision: row.statusDate ? (row.statusDatePrecision ?? "day") : null,
    illustrative: row.illustrative,
    sources: row.sources,
  };
}

export function opportunitiesJson(list: OpportunityList, ctx: DownloadContext): string {
  return JSON.stringify({ ...about(list, ctx), items: list.rows.map((r) => jsonItem(r, ctx)) }, null, 2);
}

/**
 * RFC 7946: positions are [longitude, latitude]; metadata sits in foreign members.
 * Geometry: the opportunity's own point, else its district seat (`approximate: true`),
 * else null, which the RFC allows for a feature with no known location.
 */
export function opportunitiesGeoJson(list: OpportunityList, ctx: DownloadContext): string {
  let usesPlaces = false;
  const features = list.rows.map((row) => {
    let coordinates: readonly [number, number] | undefined;
    let approximate = row.pointApproximate;
    let positionSource: string | null = null;
    const seat = isValueOf(DISTRICTS, row.location) ? DISTRICT_SEATS[row.location] : undefined;
    if (row.point) coordinates = [row.point.lng, row.point.lat];
    else if (seat) {
      coordinates = seat.coordinates;
      approximate = true;
      positionSource = PLACES_ATTRIBUTION;
      usesPlaces = true;
    }
    return {
      type: "Feature" as const,
      id: row.sourceId,
      geometry: coordinates ? { type: "Point" as const, coordinates: [...coordinates] } : null,
      properties: { ...jsonItem(row, ctx), approximate: coordinates ? approximate : null, positionSource },
    };
  });
  return JSON.stringify(
    {
      type: "FeatureCollection",
      ...about(list, ctx),
      ...(usesPlaces ? { attribution: PLACES_ATTRIBUTION } : {}),
      features,
    },
    null,
    2,
  );
}

export function downloadBody(format: DownloadFormat, list: OpportunityList, ctx: DownloadContext): string {
  if (format === "csv") return opportunitiesCsv(list, ctx);
  if (format === "json") return opportunitiesJson(list, ctx);
  return opportunitiesGeoJson(list, ctx);
}

/**
 * The loader of /{lang}/invest/opportunities.{csv,json,geojson}: the same filters as the
 * page (a bad value is a 400 in the reader's language, as plain text), the same list.
 */
export function opportunityDownloadLoader(format: DownloadFormat) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const locale = requireLang({ params, request });
    const { lang } = locale;
    const parsed = parseOpportunityFilters(new URL(request.url).searchParams);
    if (!parsed.ok) {
      const t = getFixedT(lang, "investment");
      const fields = parsed.errors.map((e) => t(`filters.${e.field}`)).join(", ");
      return new Response(t("filters.invalidDownload", { fields }), {
        status: 400,
        statusText: "Bad Request",
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CACHE.none, "Content-Language": lang },
      });
    }
    const list = await loadOpportunityList(locale, parsed.filters);
    const body = downloadBody(format, list, { lang, origin: publicOrigin(request), filters: parsed.filters });
    return new Response(body, {
      headers: {
        "Content-Type": DOWNLOAD_TYPES[format],
        "Content-Disposition": `attachment; filename="opportunities-${lang}.${format}"`,
        "Content-Language": lang,
        "Cache-Control": CACHE.list,
        ...(list.dataAsOf ? { "Last-Modified": new Date(list.dataAsOf).toUTCString() } : {}),
      },
    });
  };
}
