/**
 * The open-data API for economic indicators (docs/open-data-api.md): JSON and CSV of all
 * indicators or of one, CORS-open so other sites and notebooks can read it directly.
 */
import { loadQuery } from "~/content/load.server";
import { INDICATORS_QUERY } from "~/content/queries";
import { getFixedT } from "~/i18n/i18next.server";
import { isLang, type Lang } from "~/i18n/languages";
import { publicOrigin } from "~/i18n/locale.server";
import { CACHE } from "~/utils/cache";
import {
  dataAsOf,
  datasetNotes,
  indicatorJson,
  indicatorsCsv,
  INDICATOR_KEY,
  lastUpdated,
  type RawIndicator,
} from "./indicators.server";

export type Format = "json" | "csv";

/** Labels and headers in `?lang=` (any of the six), English when absent or unknown. */
export function apiLang(request: Request): Lang {
  const requested = new URL(request.url).searchParams.get("lang");
  return isLang(requested) ? requested : "en";
}

function baseHeaders(indicators: readonly RawIndicator[]): Record<string, string> {
  const updated = lastUpdated(indicators);
  return {
    "Access-Control-Allow-Origin": "*",
    "Cache-Control": CACHE.list,
    "X-Content-Type-Options": "nosniff",
    ...(updated ? { "Last-Modified": new Date(updated).toUTCString() } : {}),
  };
}

export function apiError(status: 400 | 404, message: string): Response {
  return Response.json(
    { error: message, status },
    { status, headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": CACHE.none } },
  );
}

/** A file name that stays ASCII: the key is already restricted to INDICATOR_KEY. */
function csvResponse(body: string, fileName: string, indicators: readonly RawIndicator[]): Response {
  return new Response(body, {
    headers: {
      ...baseHeaders(indicators),
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
    },
  });
}

function jsonResponse(body: unknown, indicators: readonly RawIndicator[]): Response {
  return new Response(JSON.stringify(body, null, 2), {
    headers: { ...baseHeaders(indicators), "Content-Type": "application/json; charset=utf-8" },
  });
}

async function allIndicators(): Promise<RawIndicator[]> {
  return (await loadQuery(INDICATORS_QUERY, {})).filter((i) => i.series?.length);
}

export async function allIndicatorsResponse(request: Request, format: Format): Promise<Response> {
  const lang = apiLang(request);
  const indicators = await allIndicators();
  if (format === "csv") return csvResponse(indicatorsCsv(indicators, lang), "hau-giang-indicators.csv", indicators);
  const origin = publicOrigin(request);
  return jsonResponse(
    {
      ...datasetNotes(lang),
      lang,
      dataAsOf: dataAsOf(indicators),
      updatedAt: lastUpdated(indicators),
      count: indicators.length,
      indicators: indicators.map((i) => indicatorJson(i, lang, origin)),
    },
    indicators,
  );
}

/** `/api/indicators/{key}.{json|csv}`: the file parameter is parsed here, not trusted. */
export async function oneIndicatorResponse(request: Request, file: string | undefined): Promise<Response> {
  const lang = apiLang(request);
  const t = getFixedT(lang, "economy");
  const match = /^(.+)\.(json|csv)$/.exec(file ?? "");
  if (!match || !INDICATOR_KEY.test(match[1])) return apiError(404, t("notFound"));
  const [, key, format] = match;
  const indicators = await allIndicators();
  const indicator = indicators.find((i) => i.key === key);
  if (!indicator) return apiError(404, t("notFound"));
  if (format === "csv") return csvResponse(indicatorsCsv([indicator], lang), `hau-giang-${key}.csv`, [indicator]);
  return jsonResponse(
    {
      ...datasetNotes(lang),
      lang,
      updatedAt: indicator._updatedAt,
      ...indicatorJson(indicator, lang, publicOrigin(request)),
    },
    [indicator],
  );
}
