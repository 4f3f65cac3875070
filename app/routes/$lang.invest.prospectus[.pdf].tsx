/**
 * The prospectus PDF for `?opportunity=<id>&…` and/or `?sector=<sector>`, generated on
 * request in the reader's language. A choice that names nothing real is a localized
 * 400 page (this is a resource route, so the page is written here, not by the app's
 * error boundary); nothing from the query string is echoed back.
 *
 * Rendering costs up to a second of CPU, so app/prospectus/service.server.ts caches,
 * queues and rate-limits it (a localized 503 or 429 page beyond), and HEAD answers the
 * headers without rendering.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadQuery } from "~/content/load.server";
import { PROSPECTUS_QUERY } from "~/content/queries";
import { getFixedT } from "~/i18n/i18next.server";
import { SOURCE_LANG, type Lang } from "~/i18n/languages";
import { requireLang } from "~/i18n/locale.server";
import { href } from "~/i18n/routing";
import { MAX_OPPORTUNITIES } from "~/prospectus/limits";
import {
  chosenOpportunities,
  figureViews,
  parkViews,
  parseSelection,
  settingsView,
  type SelectionError,
} from "~/prospectus/model.server";
import { renderProspectusOffThread } from "~/prospectus/render-worker.server";
import { clientOf, knownProspectus, prospectusPdf, rememberProspectus } from "~/prospectus/service.server";
import { formatDate } from "~/i18n/format";
import { getContentSource } from "~/content/load.server";
import { CACHE } from "~/utils/cache";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

type ErrorKey = SelectionError | "rateLimited" | "busy";

const ERROR_STATUS: Record<ErrorKey, [number, string]> = {
  empty: [400, "Bad Request"],
  unknownOpportunity: [400, "Bad Request"],
  unknownSector: [400, "Bad Request"],
  tooMany: [400, "Bad Request"],
  rateLimited: [429, "Too Many Requests"],
  busy: [503, "Service Unavailable"],
};

function errorPage(lang: Lang, error: ErrorKey, retryAfterS?: number): Response {
  const t = getFixedT(lang, "prospectus");
  const title = t("error.title");
  const html = `<!DOCTYPE html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(t(`error.${error}`, { max: MAX_OPPORTUNITIES }))}</p>
<p><a href="${href(lang, "/invest/prospectus")}">${escapeHtml(t("error.back"))}</a></p>
</main>
</body>
</html>
`;
  const [status, statusText] = ERROR_STATUS[error];
  const headers: Record<string, string> = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": CACHE.none };
  if (retryAfterS !== undefined) headers["Retry-After"] = String(retryAfterS);
  return new Response(html, { status, statusText, headers });
}

/** ASCII name for every client, and the localized one (RFC 6266 `filename*`) for those that read it. */
function contentDisposition(lang: Lang, localized: string): string {
  const ascii = `prospectus-hau-giang-${lang}.pdf`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(localized)}`;
}

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const generatedAt = new Date();
  // A PDF made already for this very request (same query string, content and day) is answered
  // before the content query: a repeat costs the event loop a lookup, not the query and views.
  const search = new URLSearchParams([...new URL(request.url).searchParams].sort(([a], [b]) => (a < b ? -1 : 1)));
  const requestKey = [lang, search, getContentSource().contentVersion ?? "", formatDate(lang, generatedAt)].join("|");
  const known = request.method === "GET" ? knownProspectus(requestKey) : undefined;
  if (known) return pdfResponse(known.body, known.disposition, "hit");

  const data = await loadQuery(PROSPECTUS_QUERY, { source: SOURCE_LANG });
  const selection = parseSelection(new URL(request.url).searchParams, data);
  if (!selection.ok) return errorPage(lang, selection.error);

  const settings = settingsView(data, chain);
  const t = getFixedT(lang, "prospectus");
  const locality = settings.localityName?.value ?? "Hậu Giang";
  const disposition = contentDisposition(lang, `${t("title")} - ${locality}.pdf`);
  // HEAD asks what a GET would answer: the headers, without spending a render on them.
  if (request.method === "HEAD") return new Response(null, { status: 200, headers: pdfHeaders(disposition) });

  // Everything the PDF depends on: the language, the choice (order and repeats do not
  // matter), the content and the day it says it was generated.
  const key = [
    lang,
    [...selection.ids].sort().join(","),
    selection.sector ?? "",
    getContentSource().contentVersion ?? "",
    formatDate(lang, generatedAt),
  ].join("|");
  const result = await prospectusPdf(key, clientOf(context), () =>
    renderProspectusOffThread({
      lang,
      generatedAt,
      settings,
      figures: figureViews(data, chain),
      opportunities: chosenOpportunities(data, selection.ids, selection.sector, chain),
      parks: parkViews(data, chain),
      sector: selection.sector,
    }),
  );
  if (result.kind !== "pdf") return errorPage(lang, result.kind, result.retryAfterS);
  rememberProspectus(requestKey, key, disposition);
  return pdfResponse(result.body, disposition, result.cache);
}

function pdfHeaders(disposition: string): Record<string, string> {
  return {
    "Content-Type": "application/pdf",
    "Content-Disposition": disposition,
    // Made for one request from the reader's choice: nothing a shared cache should keep.
    "Cache-Control": CACHE.none,
  };
}

function pdfResponse(body: Buffer, disposition: string, cache: "hit" | "miss"): Response {
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: { ...pdfHeaders(disposition), "Content-Length": String(body.length), "X-Cache": cache },
  });
}
