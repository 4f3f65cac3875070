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

const sourceFields = /* groq */ `sources[]{title, language, publisher, url, accessed}`;

// `crop` and `hotspot` are the editor's choices in the Studio: image URLs are cut to each
// layout's aspect ratio around the hotspot, inside the crop (app/content/images.ts).
const imageFields = /* groq */ `{
  alt, caption,
  "asset": asset{_ref},
  "crop": crop{top, bottom, left, right},
  "hotspot": hotspot{x, y, width, height},
  "dimensions": asset->metadata.dimensions{width, height, aspectRatio}
}`;

const articleCard = /* groq */ `_id, language, title, "slug": slug.current, kind, publishedAt, excerpt,
  "mainImage": mainImage${imageFields}`;

const eventCard = /* groq */ `_id, language, title, "slug": slug.current, kind, cancelled, startsAt, endsAt, allDay, venue, summary`;

// Every language version of the parent document (itself included). Plain constants, not
// functions, so that `sanity typegen` can resolve the query text statically.
const articleTranslations = /* groq */ `"translations": *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{${articleCard}}`;
const eventTranslations = /* groq */ `"translations": *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{${eventCard}}`;

/** A contact person, wherever one is shown (the name carries its own language: 3.1.2). */
const personFields = /* groq */ `_id, name, nameLanguage, role, organisation, email, phone, languages`;

export const SITE_SETTINGS_QUERY = defineQuery(`*[_id == "siteSettings"][0]{
  localityName, tagline, statusNote,
  agency{name, address, phone, email, website, hours},
  "contacts": contacts[]->{${personFields}},
  "sources": statusSources[]{title, language, publisher, url, accessed}
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
 * A translation's provenance and, through it, its Vietnamese source as stored: its
 * translatable fields unprojected (app/translations/fields.ts TRANSLATABLE_FIELDS; the
 * loader fingerprints them, GROQ cannot), its last change and its slug for the link.
 */
const articleProvenance = /* groq */ `translation,
    "original": select(defined(translation.sourceId) => *[_id == ^.translation.sourceId][0]{
      _type, _updatedAt, "slug": slug.current, title, excerpt, body, mainImage
    })`;
const eventProvenance = /* groq */ `translation,
    "original": select(defined(translation.sourceId) => *[_id == ^.translation.sourceId][0]{
      _type, _updatedAt, "slug": slug.current, title, venue, organiser, summary, body
    })`;
const pageProvenance = /* groq */ `translation,
    "original": select(defined(translation.sourceId) => *[_id == ^.translation.sourceId][0]{
      _type, _updatedAt, "slug": slug.current, title, heroTitle, heroText, summary, body, seoDescription
    })`;
const opportunityProvenance = /* groq */ `translation,
    "original": select(defined(translation.sourceId) => *[_id == ^.translation.sourceId][0]{
      _type, _updatedAt, "slug": slug.current, title, summary, body, incentives, statusHistory, documents
    })`;
const parkProvenance = /* groq */ `translation,
    "original": select(defined(translation.sourceId) => *[_id == ^.translation.sourceId][0]{
      _type, _updatedAt, "slug": slug.current, title, infrastructure, leasePrice, tenants, summary, body
    })`;

/**
 * An article by slug in any language. The loader asks for the slug as given in the
 * URL; the result carries every language version so the page can show the requested
 * one or fall back, and link each translation by its own slug.
 */
export const ARTICLE_QUERY =
  defineQuery(`*[_type == "article" && slug.current == $slug] | order(language == $lang desc)[0]{
  _id, language,
  "versions": coalesce(
    *[_type == "translation.metadata" && references(^._id)][0].translations[].value->,
    [@]
  )[]{
    _id, _updatedAt, language, title, "slug": slug.current, kind, publishedAt, excerpt, tags,
    "mainImage": mainImage${imageFields},
    body[]{..., _type == "image" => ${imageFields}},
    ${sourceFields},
    ${articleProvenance}
  }
}`);

export const EVENT_QUERY = defineQuery(`*[_type == "event" && slug.current == $slug] | order(language == $lang desc)[0]{
  _id, language,
  "versions": coalesce(
    *[_type == "translation.metadata" && references(^._id)][0].translations[].value->,
    [@]
  )[]{
    _id, _createdAt, _updatedAt, language, title, "slug": slug.current, kind, cancelled, startsAt, endsAt, allDay,
    venue, organiser, registrationUrl, summary,
    "contact": contact->{${personFields}},
    "relatedNews": relatedNews[]->{
      ${articleCard},
      ${articleTranslations}
    },
    body[]{..., _type == "image" => ${imageFields}},
    ${sourceFields},
    ${eventProvenance}
  }
}`);

/** A fixed page (about, contact, privacy) identified by its key, in every language. */
export const PAGE_QUERY = defineQuery(`*[_type == "page" && pageKey == $pageKey]{
  _id, language, title, "slug": slug.current, summary, seoDescription,
  body[]{..., _type == "image" => ${imageFields}},
  ${sourceFields},
  ${pageProvenance}
}`);

/**
 * Every public page with a URL and the languages it really exists in, for the sitemap.
 * `$types`: the document types reached by slug (SITEMAP_DOCUMENT_TYPES in app/seo/sitemap.server.ts).
 */
export const SITEMAP_QUERY = defineQuery(`{
  "pages": *[_type == "page" && defined(pageKey)]{pageKey, language, _updatedAt},
  "documents": *[_type in $types && language == $source] | order(_id asc){
    _type,
    "versions": coalesce(
      *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{language, "slug": slug.current, _updatedAt},
      [{"language": language, "slug": slug.current, "_updatedAt": _updatedAt}]
    )
  }
}`);

// ─── Investment: opportunities and industrial parks ───────────────────
// Queries of the investment pages go here; list each page-level one below.

const opportunityCard = /* groq */ `_id, _updatedAt, language, title, "slug": slug.current, sector, location, areaHa,
  capitalVndBn, investmentForms, status, illustrative, summary, point, pointApproximate,
  "statusDate": statusHistory[defined(date)][-1].date, "statusDatePrecision": statusHistory[defined(date)][-1].datePrecision,
  ${sourceFields}`;
const opportunityTranslations = /* groq */ `"translations": *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{${opportunityCard}}`;

/**
 * The filtered, sorted opportunity list (source-language documents with their
 * translations). Every filter is a parameter; null means "no filter". Sorting happens
 * here, not in the loader: one descending key per `$sort` (ascending sorts negate it),
 * unknown figures last, then the latest dated status change, then `_id` so ties are stable.
 */
export const OPPORTUNITY_LIST_QUERY = defineQuery(`{
  "total": count(*[_type == "investmentOpportunity" && language == $source]),
  "items": *[_type == "investmentOpportunity" && language == $source
    && (!defined($sector) || sector == $sector)
    && (!defined($location) || location == $location)
    && (!defined($form) || $form in investmentForms)
    && (!defined($status) || status == $status)
    && (!defined($minHa) || areaHa >= $minHa)
    && (!defined($maxHa) || areaHa <= $maxHa)
    && (!defined($minCapital) || capitalVndBn >= $minCapital)
    && (!defined($maxCapital) || capitalVndBn <= $maxCapital)
  ] | order(
    select(
      $sort == "capitalDesc" => coalesce(capitalVndBn, -1),
      $sort == "capitalAsc" => -coalesce(capitalVndBn, 1000000000000),
      $sort == "sizeDesc" => coalesce(areaHa, -1),
      $sort == "sizeAsc" => -coalesce(areaHa, 1000000000000),
      0
    ) desc,
    coalesce(statusHistory[defined(date)][-1].date, "") desc,
    _id asc
  ){
    ${opportunityCard},
    ${opportunityTranslations}
  }
}`);

const rateFields = /* groq */ `"rates": *[_type == "exchangeRateSet"] | order(asOf desc)[0]{
  title, asOf, illustrative, "rates": rates[]{currency, vndPerUnit}, "source": source{title, language, publisher, url, accessed}
}`;

/** One opportunity by slug in every language, and the conversion rates for its capital. */
export const OPPORTUNITY_QUERY = defineQuery(`{
  "opportunity": *[_type == "investmentOpportunity" && slug.current == $slug] | order(language == $lang desc)[0]{
    _id, language,
    "versions": coalesce(
      *[_type == "translation.metadata" && references(^._id)][0].translations[].value->,
      [@]
    )[]{
      _id, _updatedAt, language, title, "slug": slug.current, sector, location, areaHa, capitalVndBn,
      investmentForms, status, illustrative, summary, incentives, point, pointApproximate,
      body[]{..., _type == "image" => ${imageFields}},
      "statusHistory": statusHistory[]{_key, status, date, datePrecision, note},
      "documents": documents[]{_key, title, url, "fileUrl": file.asset->url},
      "office": office->{${personFields}},
      ${sourceFields},
      ${opportunityProvenance}
    }
  },
  ${rateFields}
}`);

const parkCard = /* groq */ `_id, _updatedAt, language, title, "slug": slug.current, location, status, areaHa,
  occupancyPercent, availableHa, asOf, asOfPrecision, summary, "leasePrice": leasePrice{minUsdPerM2, maxUsdPerM2, note}`;
const parkTranslations = /* groq */ `"translations": *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{${parkCard}}`;

/** Every industrial park, operating ones first, then by area. */
export const PARK_LIST_QUERY =
  defineQuery(`*[_type == "industrialPark" && language == $source] | order(status asc, areaHa desc, _id asc){
  ${parkCard},
  ${parkTranslations},
  ${sourceFields}
}`);

/** One industrial park by slug in every language, with the opportunity that offers its land. */
export const PARK_QUERY =
  defineQuery(`*[_type == "industrialPark" && slug.current == $slug] | order(language == $lang desc)[0]{
  _id, language,
  "versions": coalesce(
    *[_type == "translation.metadata" && references(^._id)][0].translations[].value->,
    [@]
  )[]{
    ${parkCard}, infrastructure, tenants,
    body[]{..., _type == "image" => ${imageFields}},
    "contact": contact->{${personFields}},
    "opportunity": opportunity->{
      "versions": coalesce(
        *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{language, title, "slug": slug.current, status},
        [{"language": language, "title": title, "slug": slug.current, "status": status}]
      )
    },
    ${sourceFields},
    ${parkProvenance}
  }
}`);

export const INVESTMENT_PAGE_QUERIES = {
  OPPORTUNITY_LIST_QUERY,
  OPPORTUNITY_QUERY,
  PARK_LIST_QUERY,
  PARK_QUERY,
} as const;
// ─── end of investment ──────────────────────────────────────────────────────────

// ─── Economic data and the map ────────────────────────────────────────
// Every observation with its own source, oldest first: the dashboard, the detail page
// and the open-data downloads all read this one shape.
const indicatorFields = /* groq */ `_id, _updatedAt, key, label, unit, category, scope, featured, order,
  "series": series[defined(year) && defined(value)] | order(year asc){
    year, value, preliminary, asOf, note, "source": source{title, language, publisher, url, accessed}
  }`;

/** Every economic indicator with its whole series (labels in every language). */
export const INDICATORS_QUERY =
  defineQuery(`*[_type == "economicIndicator" && defined(key)] | order(order asc, key asc){
  ${indicatorFields}
}`);

/** One indicator by its key, or null. */
export const INDICATOR_QUERY = defineQuery(`*[_type == "economicIndicator" && key == $key][0]{
  ${indicatorFields}
}`);

const mapPointFields = /* groq */ `_id, language, title, "slug": slug.current, location, point, status`;

/**
 * What the map shows: opportunities and industrial parks (source-language documents,
 * with every translation's title and slug so each point links in the reader's language).
 */
export const MAP_POINTS_QUERY = defineQuery(`{
  "opportunities": *[_type == "investmentOpportunity" && language == $source] | order(_id asc){
    ${mapPointFields}, sector,
    "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{${mapPointFields}}
  },
  "parks": *[_type == "industrialPark" && language == $source] | order(_id asc){
    ${mapPointFields},
    "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{${mapPointFields}}
  }
}`);

export const ECONOMY_PAGE_QUERIES = { INDICATORS_QUERY, INDICATOR_QUERY, MAP_POINTS_QUERY } as const;
// ─── end of economic data ───────────────────────────────────────────────────────

// ─── Prospectus ───────────────────────────────────────────────────────
const prospectusOpportunity = /* groq */ `_id, language, title, sector, location, areaHa, capitalVndBn, investmentForms, status, summary, illustrative, ${sourceFields}`;
const prospectusPark = /* groq */ `_id, language, title, location, areaHa, occupancyPercent, availableHa, status, asOf, summary, ${sourceFields}`;

/**
 * Everything the prospectus form and PDF need, in every language, with no parameter
 * but the source language: one cached result serves every reader and every choice
 * (the loader picks the opportunities). Opportunities are keyed by the source-language
 * document's `_id`, which stays stable while titles and slugs change.
 */
export const PROSPECTUS_QUERY = defineQuery(`{
  "settings": *[_id == "siteSettings"][0]{
    localityName, statusNote,
    agency{name, address, phone, email, website, hours},
    "contacts": contacts[]->{${personFields}}
  },
  "indicators": *[_type == "economicIndicator"] | order(order asc){
    _id, key, label, unit, scope,
    "latest": series | order(year desc)[0]{year, value, preliminary, asOf, "source": source{title, language, publisher, url, accessed}}
  },
  "opportunities": *[_type == "investmentOpportunity" && language == $source] | order(title asc){
    ${prospectusOpportunity},
    "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{${prospectusOpportunity}}
  },
  "parks": *[_type == "industrialPark" && language == $source] | order(title asc){
    ${prospectusPark},
    "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{${prospectusPark}}
  }
}`);

export const PROSPECTUS_QUERIES = { PROSPECTUS_QUERY } as const;
// ─── end of prospectus ──────────────────────────────────────────────────────────

// ─── Inquiry ──────────────────────────────────────────────────────────
/**
 * The opportunities an investor's inquiry can be about: one entry per source-language
 * opportunity with the id, title and status of every language version, so the form can
 * show each in the reader's language and preselect `?opportunity=<any version's _id>`.
 */
export const INQUIRY_OPPORTUNITIES_QUERY =
  defineQuery(`*[_type == "investmentOpportunity" && language == $source] | order(_id asc){
  _id,
  "versions": coalesce(
    *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{_id, language, title, status},
    [{"_id": _id, "language": language, "title": title, "status": status}]
  )
}`);
// ─── end of inquiry ─────────────────────────────────────────────────────────────

// ─── Press and feeds ──────────────────────────────────────────────────
/**
 * One page of a section of the news list (`$kind`: "news" or "pressRelease"), like
 * NEWS_LIST_QUERY with the kind filtered: counted and paged over source-language articles.
 */
export const NEWS_SECTION_QUERY = defineQuery(`{
  "total": count(*[_type == "article" && language == $source && kind == $kind]),
  "items": *[_type == "article" && language == $source && kind == $kind] | order(publishedAt desc)[$start...$end]{
    ${articleCard},
    ${articleTranslations}
  }
}`);

/**
 * A feed: the newest articles written in `$lang` itself (no fallbacks: a feed has one
 * language, docs/decisions/0014), of one kind or every kind (`$kind` null), newest first.
 */
export const FEED_QUERY =
  defineQuery(`*[_type == "article" && language == $lang && (!defined($kind) || kind == $kind) && defined(publishedAt) && defined(slug.current)]
  | order(publishedAt desc, _id asc)[0...$limit]{
  _id, _updatedAt, language, title, "slug": slug.current, kind, publishedAt, excerpt, tags
}`);

/**
 * The press room: the latest press releases (source-language documents with every
 * translation) and what the media kit needs from the settings (status note and its
 * sources, the contact people).
 */
export const PRESS_ROOM_QUERY = defineQuery(`{
  "releases": *[_type == "article" && language == $source && kind == "pressRelease"] | order(publishedAt desc)[0...$limit]{
    ${articleCard},
    ${articleTranslations}
  },
  "settings": *[_id == "siteSettings"][0]{
    statusNote,
    "contacts": contacts[]->{${personFields}},
    "sources": statusSources[]{title, language, publisher, url, accessed}
  }
}`);

export const PRESS_QUERIES = { NEWS_SECTION_QUERY, FEED_QUERY, PRESS_ROOM_QUERY } as const;
// ─── end of press and feeds ─────────────────────────────────────────────────────

// ─── UI strings ──────────────────────────────────────────────────────────
/**
 * Staff's overrides of UI strings (app/i18n/overrides.ts checks them; the site merges
 * the valid ones over locales/, app/content/ui-strings.server.ts).
 */
export const UI_STRING_OVERRIDES_QUERY = defineQuery(`*[_type == "uiStringOverride"]{language, namespace, key, value}`);
// ─── end of UI strings ─────────────────────────────────────────────────────────

// ─── Showcase: the image-building project and the digital exhibition ─────────────
// Queries of /project and /exhibition go here (docs/decisions/0015).

const projectRelatedCard = /* groq */ `_id, _type, language, title, "slug": slug.current, publishedAt, startsAt, endsAt, allDay`;
const projectProvenance = /* groq */ `translation,
    "original": select(defined(translation.sourceId) => *[_id == ^.translation.sourceId][0]{
      _type, _updatedAt, "slug": slug.current, title, summary, body, pillars, milestones, decision
    })`;

/**
 * The image-building project in every language. Pillars refer to source-language news
 * and events; each comes with every language version, so the page shows the reader's.
 */
export const IMAGE_PROJECT_QUERY = defineQuery(`*[_type == "imageProject" && language == $source] | order(_id asc)[0]{
  _id, language,
  "versions": coalesce(
    *[_type == "translation.metadata" && references(^._id)][0].translations[].value->,
    [@]
  )[]{
    _id, language, title, "slug": slug.current, summary, decision{number, date, issuer},
    body[]{..., _type == "image" => ${imageFields}},
    "pillars": pillars[]{
      _key, title, text,
      "related": related[]->{
        ${projectRelatedCard},
        "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{${projectRelatedCard}}
      }
    },
    "milestones": milestones[defined(date)] | order(date asc){_key, date, title, text},
    ${sourceFields},
    ${projectProvenance}
  }
}`);

const exhibitFields = /* groq */ `_id, language, title, "slug": slug.current, kind, period, origin, description, citation,
  "image": image${imageFields}, "illustration": image.illustration,
  ${sourceFields}`;
const exhibitProvenance = /* groq */ `translation,
    "original": select(defined(translation.sourceId) => *[_id == ^.translation.sourceId][0]{
      _type, _updatedAt, "slug": slug.current, title, period, origin, description, citation, image
    })`;

/**
 * The exhibition in every language, with the exhibits in the order of the source-language
 * version, each with every language version (a partly translated exhibition still shows
 * each exhibit in the best language it has).
 */
export const EXHIBITION_QUERY = defineQuery(`*[_type == "exhibition" && language == $source] | order(_id asc)[0]{
  _id, language,
  "versions": coalesce(
    *[_type == "translation.metadata" && references(^._id)][0].translations[].value->,
    [@]
  )[]{
    _id, language, title, "slug": slug.current, intro,
    body[]{..., _type == "image" => ${imageFields}},
    ${sourceFields}
  },
  "exhibits": exhibits[]->{
    ${exhibitFields},
    "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{${exhibitFields}}
  }
}`);

/** One exhibit by slug in any language, with every language version. */
export const EXHIBIT_QUERY =
  defineQuery(`*[_type == "exhibit" && slug.current == $slug] | order(language == $lang desc)[0]{
  _id, language,
  "versions": coalesce(
    *[_type == "translation.metadata" && references(^._id)][0].translations[].value->,
    [@]
  )[]{
    ${exhibitFields},
    ${exhibitProvenance}
  }
}`);

const SHOWCASE_QUERIES = { IMAGE_PROJECT_QUERY, EXHIBITION_QUERY, EXHIBIT_QUERY } as const;
// ─── end of showcase ────────────────────────────────────────────────────────────
// ─── Search ──────────────────────────────────────────────────────────────
/**
 * Everything the site search indexes (app/search/), every public type in every language,
 * read once per content version. The translation groups come as a second list rather than
 * as a `references()` lookup per document: that lookup scans every metadata document for
 * each of them, quadratic at 100k documents. Bodies as plain text (`pt::text`).
 */
export const SEARCH_DOCUMENTS_QUERY = defineQuery(`{
  "documents": *[_type in ["article", "event", "investmentOpportunity", "industrialPark", "page", "exhibit", "exhibition", "imageProject"]
    && defined(language) && (_type == "page" || defined(slug.current))]{
    _id, _type, language, title, "slug": slug.current, pageKey, kind, publishedAt, startsAt,
    excerpt, summary, intro, description, heroText, venue, period, citation,
    "pillars": pillars[]{title, text}, "milestones": milestones[]{title, text},
    "body": pt::text(body)
  },
  "groups": *[_type == "translation.metadata"]{"ids": translations[].value._ref},
  "indicators": *[_type == "economicIndicator" && defined(key)]{_id, key, label, category}
}`);
// ─── end of search ──────────────────────────────────────────────────────────
// ─── Events ──────────────────────────────────────────────────────────
const eventEntry = /* groq */ `_id, _createdAt, _updatedAt, language, title, "slug": slug.current, kind, cancelled,
  startsAt, endsAt, allDay, venue, organiser, summary`;

/**
 * Every source-language event (of one kind, or all when `$kind` is null) with every
 * language version, oldest first: the events page splits them into upcoming and past at
 * the request's "now" (so one cached result serves every hour of the day), and the
 * calendar feeds take them all. Timestamps feed the calendars' DTSTAMP and SEQUENCE.
 */
export const EVENT_LIST_QUERY = defineQuery(`*[_type == "event" && language == $source
  && (!defined($kind) || kind == $kind)] | order(startsAt asc, _id asc){
  ${eventEntry},
  "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{${eventEntry}}
}`);

/**
 * The list page reads in two steps, so that a large dataset costs what one page shows: the
 * timing of every source-language event (of one kind, or all), split into upcoming and past
 * in the loader as the calendars do, then the shown ones by id with their translations.
 */
export const EVENT_TIMES_QUERY = defineQuery(`*[_type == "event" && language == $source
  && (!defined($kind) || kind == $kind)] | order(startsAt asc, _id asc){_id, startsAt, endsAt, allDay}`);

export const EVENT_ENTRIES_QUERY = defineQuery(`*[_type == "event" && _id in $ids]{
  ${eventEntry},
  "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[].value->{${eventEntry}}
}`);

export const EVENT_QUERIES = { EVENT_LIST_QUERY, EVENT_TIMES_QUERY, EVENT_ENTRIES_QUERY } as const;
// ─── end of events ──────────────────────────────────────────────────────────

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
  INQUIRY_OPPORTUNITIES_QUERY,
  ...PRESS_QUERIES,
  UI_STRING_OVERRIDES_QUERY,
  ...SHOWCASE_QUERIES,
  SEARCH_DOCUMENTS_QUERY,
  ...EVENT_QUERIES,
} as const;
