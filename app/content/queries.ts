/**
 * Every GROQ query the site runs, in one module. `defineQuery` lets `sanity typegen`
 * find them and type their results (see studio/sanity.cli.ts). The same text runs on
 * the embedded source (groq-js) and on the Content Lake.
 *
 * Conventions:
 * - Queries return every language version of what a page shows; the loader picks the
 *   version for the reader's fallback chain (app/content/translations.ts), so one cached
 *   result serves all six languages. `$lang` only orders slug matches, `$source` is the
 *   source language (vi). Translation lookups go through `translation.metadata`
 *   documents (@sanity/document-internationalization).
 * - Drafts never reach public pages: published queries run with the `published`
 *   perspective on Sanity, and the embedded source applies the same rule.
 */
import { defineQuery } from "groq";

const sourceFields = /* groq */ `sources[]{title, publisher, url, accessed}`;

const imageFields = /* groq */ `{
  alt, caption,
  "asset": asset{_ref},
  "dimensions": asset->metadata.dimensions{width, height, aspectRatio}
}`;

const articleCard = /* groq */ `_id, language, title, "slug": slug.current, kind, publishedAt, excerpt,
  "mainImage": mainImage${imageFields}`;

const eventCard = /* groq */ `_id, language, title, "slug": slug.current, startsAt, endsAt, allDay, venue, summary`;

// Every language version of the parent document (itself included). Plain constants, not
// functions, so that `sanity typegen` can resolve the query text statically.
const articleTranslations = /* groq */ `"translations": *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{${articleCard}}`;
const eventTranslations = /* groq */ `"translations": *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{${eventCard}}`;

export const SITE_SETTINGS_QUERY = defineQuery(`*[_id == "siteSettings"][0]{
  localityName, tagline, statusNote,
  agency{name, address, phone, email, website, hours},
  "contacts": contacts[]->{_id, name, role, organisation, email, phone, languages},
  "sources": statusSources[]{title, publisher, url, accessed}
}`);

/**
 * The home page: the page document in every language, the featured
 * indicators, and the latest news, upcoming events (and the most recent
 * past ones, since the demo's real events are all past; `$today` is a date in Asia/Ho_Chi_Minh) in the source language with
 * their translations (the loader picks the best language per item).
 */
export const HOME_QUERY = defineQuery(`{
  "page": *[_type == "page" && pageKey == "home"]{
    _id, language, title, heroTitle, heroText, summary, seoDescription, ${sourceFields}
  },
  "indicators": *[_type == "economicIndicator" && featured == true] | order(order asc){
    _id, key, label, unit, scope, "latest": series | order(year desc)[0]{year, value, preliminary, asOf, source}
  },
  "news": *[_type == "article" && language == $source] | order(publishedAt desc)[0...3]{
    ${articleCard},
    ${articleTranslations}
  },
  "upcomingEvents": *[_type == "event" && language == $source && coalesce(endsAt, startsAt) >= $today] | order(startsAt asc)[0...3]{
    ${eventCard},
    ${eventTranslations}
  },
  "recentEvents": *[_type == "event" && language == $source && coalesce(endsAt, startsAt) < $today] | order(startsAt desc)[0...3]{
    ${eventCard},
    ${eventTranslations}
  }
}`);

/** One page of the news list, newest first, counted over source-language articles. */
export const NEWS_LIST_QUERY = defineQuery(`{
  "total": count(*[_type == "article" && language == $source]),
  "items": *[_type == "article" && language == $source] | order(publishedAt desc)[$start...$end]{
    ${articleCard},
    ${articleTranslations}
  }
}`);

/**
 * An article by slug in any language. The loader asks for the slug as given in the
 * URL; the result carries every language version so the page can show the requested
 * one or fall back, and link each translation by its own slug.
 */
export const ARTICLE_QUERY = defineQuery(`*[_type == "article" && slug.current == $slug] | order(language == $lang desc)[0]{
  _id, language,
  "versions": coalesce(
    *[_type == "translation.metadata" && references(^._id)][0].translations[].value->,
    [@]
  )[]{
    _id, language, title, "slug": slug.current, kind, publishedAt, excerpt, tags,
    "mainImage": mainImage${imageFields},
    body[]{..., _type == "figure" || _type == "image" => ${imageFields}},
    ${sourceFields}
  }
}`);

export const EVENT_QUERY = defineQuery(`*[_type == "event" && slug.current == $slug] | order(language == $lang desc)[0]{
  _id, language,
  "versions": coalesce(
    *[_type == "translation.metadata" && references(^._id)][0].translations[].value->,
    [@]
  )[]{
    _id, language, title, "slug": slug.current, startsAt, endsAt, allDay, venue, summary,
    body[]{..., _type == "figure" || _type == "image" => ${imageFields}},
    ${sourceFields}
  }
}`);

/** A fixed page (about, contact, privacy) identified by its key, in every language. */
export const PAGE_QUERY = defineQuery(`*[_type == "page" && pageKey == $pageKey]{
  _id, language, title, "slug": slug.current, summary, seoDescription,
  body[]{..., _type == "figure" || _type == "image" => ${imageFields}},
  ${sourceFields}
}`);

/** Every public page with a URL and the languages it really exists in, for the sitemap. */
export const SITEMAP_QUERY = defineQuery(`{
  "pages": *[_type == "page" && defined(pageKey)]{pageKey, language, _updatedAt},
  "documents": *[_type in ["article", "event"] && language == $source] | order(_id asc){
    _type,
    "versions": coalesce(
      *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{language, "slug": slug.current, _updatedAt},
      [{"language": language, "slug": slug.current, "_updatedAt": _updatedAt}]
    )
  }
}`);

// ─── Investment: opportunities and industrial parks (issue 3) ───────────────────
// Queries of the investment pages go here; list each page-level one below.
export const INVESTMENT_PAGE_QUERIES = {} as const;
// ─── end of investment ──────────────────────────────────────────────────────────

// ─── Economic data and the map (issue 3) ────────────────────────────────────────
export const ECONOMY_PAGE_QUERIES = {} as const;
// ─── end of economic data ───────────────────────────────────────────────────────

// ─── Prospectus (issue 3) ───────────────────────────────────────────────────────
export const PROSPECTUS_QUERIES = {} as const;
// ─── end of prospectus ──────────────────────────────────────────────────────────

/** Queries with the parameters each needs, for the parity test and the benchmark. */
export const PAGE_LEVEL_QUERIES = {
  SITE_SETTINGS_QUERY,
  HOME_QUERY,
  NEWS_LIST_QUERY,
  ARTICLE_QUERY,
  EVENT_QUERY,
  PAGE_QUERY,
  SITEMAP_QUERY,
  ...INVESTMENT_PAGE_QUERIES,
  ...ECONOMY_PAGE_QUERIES,
  ...PROSPECTUS_QUERIES,
} as const;
