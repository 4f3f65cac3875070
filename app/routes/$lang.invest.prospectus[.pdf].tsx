/**
 * The prospectus PDF for `?opportunity=<id>&…` and/or `?sector=<sector>`, generated on
 * request in the reader's language. A choice that names nothing real is a localized
 * 400 page (this is a resource route, so the page is written here, not by the app's
 * error boundary); nothing from the query string is echoed back.
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
import { renderProspectus } from "~/prospectus/pdf.server";
import { CACHE } from "~/utils/cache";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function badChoice(lang: Lang, error: SelectionError): Response {
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
  return new Response(html, {
    status: 400,
    statusText: "Bad Request",
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": CACHE.none },
  });
}

/** ASCII name for every client, and the localized one (RFC 6266 `filename*`) for those that read it. */
function contentDisposition(lang: Lang, localized: string): string {
  const ascii = `prospectus-hau-giang-${lang}.pdf`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(localized)}`;
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const data = await loadQuery(PROSPECTUS_QUERY, { source: SOURCE_LANG });
  const selection = parseSelection(new URL(request.url).searchParams, data);
  if (!selection.ok) return badChoice(lang, selection.error);

  const settings = settingsView(data, chain);
  const pdf = await renderProspectus({
    lang,
    generatedAt: new Date(),
    settings,
    figures: figureViews(data, chain),
    opportunities: chosenOpportunities(data, selection.ids, selection.sector, chain),
    parks: parkViews(data, chain),
    sector: selection.sector,
  });
  const t = getFixedT(lang, "prospectus");
  const locality = settings.localityName?.value ?? "Hậu Giang";
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.length),
      "Content-Disposition": contentDisposition(lang, `${t("title")} - ${locality}.pdf`),
      // Made for one request from the reader's choice: nothing a shared cache should keep.
      "Cache-Control": CACHE.none,
    },
  });
}
