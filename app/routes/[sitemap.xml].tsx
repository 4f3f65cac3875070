/** sitemap.xml: fixed pages and every translated document, with hreflang alternates (fallback pages are not listed). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadQuery } from "~/content/load.server";
import { SITEMAP_QUERY } from "~/content/queries";
import { PAGE_KEYS, valuesOf } from "~/content/vocabulary";
import { LANGUAGE_IDS, SOURCE_LANG, isLang } from "~/i18n/languages";
import { publicOrigin } from "~/i18n/locale.server";
import { href } from "~/i18n/routing";
import { CACHE } from "~/utils/cache";

const SECTION = { article: "news", event: "events" } as const;
const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function urlSet(origin: string, group: { lang: string; path: string; lastmod?: string }[]) {
  return group
    .map(
      (u) =>
        `<url><loc>${escape(origin + u.path)}</loc>${u.lastmod ? `<lastmod>${escape(u.lastmod)}</lastmod>` : ""}` +
        group
          .map((a) => `<xhtml:link rel="alternate" hreflang="${a.lang}" href="${escape(origin + a.path)}"/>`)
          .join("") +
        `</url>`,
    )
    .join("\n");
}

export async function loader({ request }: LoaderFunctionArgs) {
  const origin = publicOrigin(request);
  const { pages, documents: entries } = await loadQuery(SITEMAP_QUERY, { source: SOURCE_LANG });
  // The news list exists in every language; the home and fixed pages where they are written.
  const everywhere = [
    urlSet(
      origin,
      LANGUAGE_IDS.map((lang) => ({ lang, path: href(lang, "/news") })),
    ),
  ];
  const fixed = valuesOf(PAGE_KEYS).map((key) =>
    urlSet(
      origin,
      pages
        .flatMap((p) =>
          p.pageKey === key && isLang(p.language) ? [{ language: p.language, _updatedAt: p._updatedAt }] : [],
        )
        .map((p) => ({ lang: p.language, path: href(p.language, key === "home" ? "/" : key), lastmod: p._updatedAt })),
    ),
  );
  const documents = entries.map((entry) =>
    urlSet(
      origin,
      (entry.versions ?? [])
        .flatMap((v) =>
          v && isLang(v.language) && v.slug ? [{ language: v.language, slug: v.slug, _updatedAt: v._updatedAt }] : [],
        )
        .map((v) => ({
          lang: v.language,
          path: href(v.language, `${SECTION[entry._type]}/${encodeURIComponent(v.slug)}`),
          lastmod: v._updatedAt,
        })),
    ),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${[...everywhere, ...fixed, ...documents].join("\n")}
</urlset>
`;
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": CACHE.list },
  });
}
