/**
 * sitemap.xml: every public page with its `xhtml:link` alternates. Only languages in which
 * the content really exists are alternates (a fallback page is not a translation: its
 * canonical is the version it shows, so it is not listed), plus `x-default`.
 *
 * x-default points at the source-language (Vietnamese) URL of the page, or at its first
 * existing language when there is no Vietnamese version: the same choice the page's own
 * `<head>` makes (root.tsx), so the two never disagree. The language-negotiating root `/`
 * exists only for the home page, and a redirect (private, no-cache) is a poor target for a
 * crawler; the Vietnamese page is the one every translation is made from.
 */
import { loadQuery } from "~/content/load.server";
import { SITEMAP_QUERY } from "~/content/queries";
import { PAGE_KEYS, valuesOf } from "~/content/vocabulary";
import { LANGUAGE_IDS, SOURCE_LANG, isLang, type Lang } from "~/i18n/languages";
import { href } from "~/i18n/routing";

/**
 * Where sitemap URLs come from. A NEW PAGE TYPE IS ONE ENTRY IN `SITEMAP_SOURCES` below:
 *
 * - a page whose UI and content exist in every language (a list, a tool, a UI-only page):
 *   `{ kind: "everyLanguage", path: "events" }` (the path after the language prefix);
 * - a translatable document type reached by its slug: `{ kind: "documents", type: "exhibit",
 *   section: "exhibition" }` gives `/{lang}/exhibition/{slug}` for each language version
 *   (SITEMAP_QUERY asks for every type listed here, so nothing else changes);
 * - one translatable document shown at a fixed path (the image project, the exhibition):
 *   `{ kind: "document", type: "imageProject", path: "project" }`, in the languages it exists in;
 * - a fixed `page` document: add its key to PAGE_KEYS (app/content/vocabulary.ts); the
 *   `fixedPages` entry lists every key, in the languages it is written in.
 *
 * Not listed on purpose: forms with a per-visitor token (the inquiry form), search results,
 * previews, downloads and feeds (PDF, CSV, ICS, RSS), which are no pages to index.
 */
export type SitemapSource =
  | { kind: "fixedPages" }
  | { kind: "everyLanguage"; path: string }
  | { kind: "document"; type: string; path: string }
  | { kind: "documents"; type: string; section: string };

export const SITEMAP_SOURCES = [
  { kind: "fixedPages" },
  { kind: "everyLanguage", path: "news" },
  { kind: "everyLanguage", path: "news?section=news" },
  { kind: "everyLanguage", path: "news?section=press" },
  { kind: "documents", type: "article", section: "news" },
  { kind: "everyLanguage", path: "press" },
  { kind: "everyLanguage", path: "events" },
  { kind: "documents", type: "event", section: "events" },
  { kind: "document", type: "imageProject", path: "project" },
  { kind: "document", type: "exhibition", path: "exhibition" },
  { kind: "document", type: "exhibition", path: "exhibition/list" },
  { kind: "documents", type: "exhibit", section: "exhibition" },
  { kind: "everyLanguage", path: "economy" },
  { kind: "everyLanguage", path: "invest" },
  { kind: "everyLanguage", path: "invest/opportunities" },
  { kind: "documents", type: "investmentOpportunity", section: "invest/opportunities" },
  { kind: "everyLanguage", path: "invest/industrial-parks" },
  { kind: "documents", type: "industrialPark", section: "invest/industrial-parks" },
  { kind: "everyLanguage", path: "invest/map" },
  { kind: "everyLanguage", path: "invest/prospectus" },
] as const satisfies readonly SitemapSource[];

/** The document types SITEMAP_QUERY is asked for (its `$types`). */
export const SITEMAP_DOCUMENT_TYPES: string[] = [
  ...new Set(SITEMAP_SOURCES.flatMap((s) => (s.kind === "documents" || s.kind === "document" ? [s.type] : []))),
];

/** One page in each language it exists in; becomes one `<url>` per language. */
export interface SitemapGroup {
  versions: { lang: Lang; path: string; lastmod?: string }[];
}

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The x-default of a group: its source-language version, else its first (see the module comment). */
export function xDefault(group: SitemapGroup): string | undefined {
  return (group.versions.find((v) => v.lang === SOURCE_LANG) ?? group.versions[0])?.path;
}

export async function sitemapGroups(): Promise<SitemapGroup[]> {
  const { pages, documents } = await loadQuery(SITEMAP_QUERY, { source: SOURCE_LANG, types: SITEMAP_DOCUMENT_TYPES });
  const inOrder = (versions: SitemapGroup["versions"]) =>
    LANGUAGE_IDS.flatMap((l) => versions.filter((v) => v.lang === l));
  const groups: SitemapGroup[] = [];
  for (const source of SITEMAP_SOURCES as readonly SitemapSource[]) {
    if (source.kind === "fixedPages") {
      for (const key of valuesOf(PAGE_KEYS)) {
        const versions = pages.flatMap((p) =>
          p.pageKey === key && isLang(p.language)
            ? [{ lang: p.language, path: href(p.language, key === "home" ? "/" : key), lastmod: p._updatedAt }]
            : [],
        );
        if (versions.length) groups.push({ versions: inOrder(versions) });
      }
    } else if (source.kind === "everyLanguage") {
      groups.push({ versions: LANGUAGE_IDS.map((lang) => ({ lang, path: href(lang, source.path) })) });
    } else if (source.kind === "document") {
      for (const entry of documents.filter((d) => d._type === source.type)) {
        const versions = (entry.versions ?? []).flatMap((v) =>
          v && isLang(v.language)
            ? [{ lang: v.language, path: href(v.language, source.path), lastmod: v._updatedAt }]
            : [],
        );
        if (versions.length) groups.push({ versions: inOrder(versions) });
      }
    } else {
      for (const entry of documents.filter((d) => d._type === source.type)) {
        const versions = (entry.versions ?? []).flatMap((v) =>
          v && isLang(v.language) && v.slug
            ? [
                {
                  lang: v.language,
                  path: href(v.language, `${source.section}/${encodeURIComponent(v.slug)}`),
                  lastmod: v._updatedAt,
                },
              ]
            : [],
        );
        if (versions.length) groups.push({ versions: inOrder(versions) });
      }
    }
  }
  return groups;
}

/** The XML document for `groups`, URLs made absolute with `origin`. */
export function sitemapXml(origin: string, groups: readonly SitemapGroup[]): string {
  const link = (lang: string, path: string) =>
    `<xhtml:link rel="alternate" hreflang="${lang}" href="${escape(origin + path)}"/>`;
  const urls = groups.flatMap((group) => {
    const alternates =
      group.versions.map((a) => link(a.lang, a.path)).join("") + link("x-default", xDefault(group) ?? "");
    return group.versions.map(
      (u) =>
        `<url><loc>${escape(origin + u.path)}</loc>${u.lastmod ? `<lastmod>${escape(u.lastmod)}</lastmod>` : ""}` +
        `${alternates}</url>`,
    );
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join("\n")}
</urlset>
`;
}
