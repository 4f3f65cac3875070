/**
 * The one list of pages the HTTP, accessibility and HTML-validity checks visit: one
 * entry per page type, each visited in every language. A new page type added here is
 * checked by every suite that iterates PAGES, with no other change.
 *
 * Slugs and titles come from the demo dataset (studio/seed/production.ndjson), so the
 * list follows the content instead of hard-coding slugs that the next dataset edit
 * would break.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LANGUAGE_IDS, fallbackChain, type Lang } from "../app/i18n/languages";

export interface PageType {
  name: string;
  path: (lang: Lang) => string;
  /** Expected HTTP status of every visit. */
  status: 200 | 404;
  /**
   * Languages in which this content exists: exactly these, plus `x-default`, must be
   * announced as hreflang alternates. Absent on error pages, which announce none.
   */
  alternates?: readonly Lang[];
  /** Languages the page is visited in; every language unless a case needs fewer. */
  visitIn?: readonly Lang[];
  /** Not for search engines (`noindex`, left out of the sitemap): search results. */
  noindex?: true;
  /** A personal page (a form with a per-visitor token): `private, no-store`, never publicly cacheable. */
  personal?: true;
}

export interface PageVisit {
  type: PageType;
  lang: Lang;
  path: string;
  /** `home vi`: a stable name for test titles and file names. */
  label: string;
}

// ---------------------------------------------------------------------------
// The demo dataset, read once.

export interface LocalizedDoc {
  _id: string;
  language: Lang;
  title: string;
  slug: string;
}

type RawDoc = {
  _id: string;
  _type: string;
  language?: string;
  title?: string;
  slug?: { current?: string };
  pageKey?: string;
  translations?: { _key?: string; value?: { _ref?: string } }[];
};

export const DATASET_PATH = fileURLToPath(new URL("../studio/seed/production.ndjson", import.meta.url));

function readDataset(): RawDoc[] {
  let text: string;
  try {
    text = readFileSync(DATASET_PATH, "utf8");
  } catch (error) {
    throw new Error(`tests/pages.ts needs the demo dataset at ${DATASET_PATH}`, { cause: error });
  }
  return (
    text
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as RawDoc)
      // Public pages never show drafts, so neither may the expectations.
      .filter((doc) => !doc._id.startsWith("drafts."))
  );
}

const docs = readDataset();
const byId = new Map(docs.map((doc) => [doc._id, doc]));

function isPublicLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGUAGE_IDS as readonly string[]).includes(value);
}

function toLocalized(doc: RawDoc): LocalizedDoc | undefined {
  if (!isPublicLang(doc.language) || !doc.slug?.current || !doc.title) return undefined;
  return { _id: doc._id, language: doc.language, title: doc.title, slug: doc.slug.current };
}

/** Every language version of each translated document of `type`, keyed by language. */
function translationGroups(type: string): Map<Lang, LocalizedDoc>[] {
  const groups: Map<Lang, LocalizedDoc>[] = [];
  const grouped = new Set<string>();
  for (const meta of docs) {
    if (meta._type !== "translation.metadata") continue;
    const group = new Map<Lang, LocalizedDoc>();
    for (const entry of meta.translations ?? []) {
      const target = entry.value?._ref ? byId.get(entry.value._ref) : undefined;
      const localized = target?._type === type ? toLocalized(target) : undefined;
      if (localized) {
        group.set(localized.language, localized);
        grouped.add(localized._id);
      }
    }
    if (group.size > 0) groups.push(group);
  }
  // A document without metadata is a group of one.
  for (const doc of docs) {
    const localized = doc._type === type && !grouped.has(doc._id) ? toLocalized(doc) : undefined;
    if (localized) groups.push(new Map([[localized.language, localized]]));
  }
  return groups.sort((a, b) => firstId(a).localeCompare(firstId(b)));
}

function firstId(group: Map<Lang, LocalizedDoc>): string {
  return [...group.values()].map((d) => d._id).sort()[0];
}

function pick<T>(found: T | undefined, what: string): T {
  if (found === undefined) throw new Error(`tests/pages.ts: the demo dataset has no ${what}`);
  return found;
}

/** The document a reader of `lang` is shown: the first language of the fallback chain that exists. */
export function shownVersion(group: ReadonlyMap<Lang, LocalizedDoc>, lang: Lang): LocalizedDoc {
  const shown = fallbackChain(lang)
    .map((l) => group.get(l))
    .find(Boolean);
  return pick(shown, `version of ${firstId(group as Map<Lang, LocalizedDoc>)} for ${lang}`);
}

const articles = translationGroups("article");
const events = translationGroups("event");

/** The most-translated article with a Japanese version under a slug of its own (for the language-switch check). */
export const ARTICLE_WITH_JA = pick(
  [...articles]
    .sort((a, b) => b.size - a.size)
    .find((g) => g.has("vi") && g.has("ja") && g.get("vi")!.slug !== g.get("ja")!.slug),
  "article with vi and ja versions under different slugs",
);

/** An article with an English version but no Japanese one (for the fallback checks). */
export const ARTICLE_WITHOUT_JA = pick(
  articles.find((g) => g.has("vi") && g.has("en") && !g.has("ja")),
  "article with vi and en versions and no ja version",
);

const EVENT = pick([...events].sort((a, b) => b.size - a.size)[0], "event");

/** The showcase documents (one project, one exhibition; the first exhibit of the sorted groups). */
export const PROJECT = pick(translationGroups("imageProject")[0], "imageProject");
export const EXHIBITION = pick(translationGroups("exhibition")[0], "exhibition");
export const EXHIBITS = translationGroups("exhibit");
const EXHIBIT = pick(EXHIBITS[0], "exhibit");

function pageLanguages(pageKey: string): Lang[] {
  const langs = new Set(
    docs
      .filter((d) => d._type === "page" && d.pageKey === pageKey && isPublicLang(d.language))
      .map((d) => d.language as Lang),
  );
  return LANGUAGE_IDS.filter((l) => langs.has(l));
}

function presentIn(group: ReadonlyMap<Lang, LocalizedDoc>): Lang[] {
  return LANGUAGE_IDS.filter((l) => group.has(l));
}

function missingIn(group: ReadonlyMap<Lang, LocalizedDoc>): Lang[] {
  return LANGUAGE_IDS.filter((l) => !group.has(l));
}

// ---------------------------------------------------------------------------
// The page types.

export const PAGE_TYPES: readonly PageType[] = [
  { name: "home", path: (lang) => `/${lang}`, status: 200, alternates: pageLanguages("home") },
  { name: "news", path: (lang) => `/${lang}/news`, status: 200, alternates: LANGUAGE_IDS },
  {
    name: "article",
    path: (lang) => `/${lang}/news/${shownVersion(ARTICLE_WITH_JA, lang).slug}`,
    status: 200,
    alternates: presentIn(ARTICLE_WITH_JA),
    visitIn: presentIn(ARTICLE_WITH_JA),
  },
  {
    // The article opened in a language it lacks: the UI speaks that language, the
    // body is the fallback version under the fallback version's slug.
    name: "article-fallback",
    path: (lang) => `/${lang}/news/${shownVersion(ARTICLE_WITHOUT_JA, lang).slug}`,
    status: 200,
    alternates: presentIn(ARTICLE_WITHOUT_JA),
    visitIn: missingIn(ARTICLE_WITHOUT_JA),
  },
  {
    name: "event",
    path: (lang) => `/${lang}/events/${shownVersion(EVENT, lang).slug}`,
    status: 200,
    alternates: presentIn(EVENT),
  },
  { name: "events", path: (lang) => `/${lang}/events`, status: 200, alternates: LANGUAGE_IDS },
  { name: "about", path: (lang) => `/${lang}/about`, status: 200, alternates: pageLanguages("about") },
  { name: "contact", path: (lang) => `/${lang}/contact`, status: 200, alternates: pageLanguages("contact") },
  { name: "privacy", path: (lang) => `/${lang}/privacy`, status: 200, alternates: pageLanguages("privacy") },
  {
    name: "accessibility",
    path: (lang) => `/${lang}/accessibility`,
    status: 200,
    alternates: pageLanguages("accessibility"),
  },
  { name: "not-found", path: (lang) => `/${lang}/no-such-page`, status: 404 },
  // investment pages
  { name: "invest", path: (lang) => `/${lang}/invest`, status: 200, alternates: LANGUAGE_IDS },
  { name: "opportunities", path: (lang) => `/${lang}/invest/opportunities`, status: 200, alternates: LANGUAGE_IDS },
  // The most translated opportunity: its own language where it exists, the fallback elsewhere.
  ...[[...translationGroups("investmentOpportunity")].sort((a, b) => b.size - a.size)[0]].map((group) => ({
    name: "opportunity",
    path: (lang: Lang) => `/${lang}/invest/opportunities/${shownVersion(group, lang).slug}`,
    status: 200 as const,
    alternates: presentIn(group),
  })),
  {
    name: "industrial-parks",
    path: (lang) => `/${lang}/invest/industrial-parks`,
    status: 200,
    alternates: LANGUAGE_IDS,
  },
  ...[translationGroups("industrialPark")[0]].map((group) => ({
    name: "industrial-park",
    path: (lang: Lang) => `/${lang}/invest/industrial-parks/${shownVersion(group, lang).slug}`,
    status: 200 as const,
    alternates: presentIn(group),
  })),
  // economy pages
  { name: "economy", path: (lang) => `/${lang}/economy`, status: 200, alternates: LANGUAGE_IDS },
  { name: "invest-map", path: (lang) => `/${lang}/invest/map`, status: 200, alternates: LANGUAGE_IDS },
  // inquiry pages
  { name: "inquiry", path: (lang) => `/${lang}/invest/inquiry`, status: 200, alternates: LANGUAGE_IDS, personal: true },
  // prospectus pages
  { name: "prospectus", path: (lang) => `/${lang}/invest/prospectus`, status: 200, alternates: LANGUAGE_IDS },
  // showcase pages: the image-building project and the digital exhibition
  { name: "project", path: (lang) => `/${lang}/project`, status: 200, alternates: presentIn(PROJECT) },
  { name: "exhibition", path: (lang) => `/${lang}/exhibition`, status: 200, alternates: presentIn(EXHIBITION) },
  {
    name: "exhibition-text",
    path: (lang) => `/${lang}/exhibition/list`,
    status: 200,
    alternates: presentIn(EXHIBITION),
  },
  {
    name: "exhibit",
    path: (lang) => `/${lang}/exhibition/${shownVersion(EXHIBIT, lang).slug}`,
    status: 200,
    alternates: presentIn(EXHIBIT),
  },
  // search: with a query found in every language (the Vietnamese name, typed without its marks)
  {
    name: "search",
    path: (lang) => `/${lang}/search?q=hau+giang`,
    status: 200,
    alternates: LANGUAGE_IDS,
    noindex: true,
  },
  // press pages: the press room and a section of the news list (lists exist in every language)
  { name: "press", path: (lang) => `/${lang}/press`, status: 200, alternates: LANGUAGE_IDS },
  { name: "news-section", path: (lang) => `/${lang}/news?section=press`, status: 200, alternates: LANGUAGE_IDS },
];

export const PAGES: readonly PageVisit[] = PAGE_TYPES.flatMap((type) =>
  (type.visitIn ?? LANGUAGE_IDS).map((lang) => ({ type, lang, path: type.path(lang), label: `${type.name} ${lang}` })),
);
