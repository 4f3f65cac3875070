/**
 * What one language's search index holds: for each document of the site (a translation
 * group: the Vietnamese source and its translations), the version a reader of that
 * language is shown, chosen by the same fallback chain as the pages (so the snippet is
 * the text the link opens). A version in another language is marked as a fallback.
 * Pure: the server (./index.server.ts) and the benchmark call it on SEARCH_DOCUMENTS_QUERY's result.
 */
import { pickLocalized, pickVersion, type LocalizedArray } from "~/content/translations";
import type { Lang } from "~/i18n/languages";

/** The kinds of result, each with a label in locales/<lang>/search.json (`kinds.<kind>`). */
export const SEARCH_KINDS = [
  "news",
  "pressRelease",
  "event",
  "opportunity",
  "park",
  "indicator",
  "page",
  "exhibit",
  "exhibition",
  "project",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One indexed document. */
export interface SearchDoc {
  id: string;
  kind: SearchKind;
  /** The page's path without the language (`/news/<slug>`); links add the reader's. */
  path: string;
  /** The language of `title` and `text`. */
  lang: Lang;
  isFallback: boolean;
  title: string;
  /** Summary, body and the other fields readers see, as plain text. */
  text: string;
}

type Nullable<T> = T | null | undefined;

/** The structural minimum of SEARCH_DOCUMENTS_QUERY_RESULT this module reads. */
export interface SearchSourceDoc {
  _id: string;
  _type: string;
  language?: Nullable<string>;
  title?: Nullable<string>;
  slug?: Nullable<string>;
  pageKey?: Nullable<string>;
  kind?: Nullable<string>;
  excerpt?: Nullable<string>;
  summary?: Nullable<string>;
  intro?: Nullable<string>;
  description?: Nullable<string>;
  heroText?: Nullable<string>;
  venue?: Nullable<string>;
  period?: Nullable<string>;
  citation?: Nullable<string>;
  pillars?: Nullable<readonly { title?: Nullable<string>; text?: Nullable<string> }[]>;
  milestones?: Nullable<readonly { title?: Nullable<string>; text?: Nullable<string> }[]>;
  body?: Nullable<string>;
}

export interface SearchSource {
  documents: readonly SearchSourceDoc[];
  groups: readonly { ids?: Nullable<readonly (string | null)[]> }[];
  indicators: readonly { _id: string; key?: Nullable<string>; label?: LocalizedArray }[];
}

/** The page of a document, without the language; undefined for a type with no page. */
function pathOf(doc: SearchSourceDoc): string | undefined {
  const slug = doc.slug ? encodeURIComponent(doc.slug) : undefined;
  switch (doc._type) {
    case "article":
      return slug && `/news/${slug}`;
    case "event":
      return slug && `/events/${slug}`;
    case "investmentOpportunity":
      return slug && `/invest/opportunities/${slug}`;
    case "industrialPark":
      return slug && `/invest/industrial-parks/${slug}`;
    case "exhibit":
      return slug && `/exhibition/${slug}`;
    case "exhibition":
      return "/exhibition";
    case "imageProject":
      return "/project";
    case "page":
      // The fixed pages: `/{lang}/{pageKey}`, the home page `/{lang}` (app/content/vocabulary.ts PAGE_KEYS).
      return doc.pageKey === "home" ? "/" : doc.pageKey ? `/${encodeURIComponent(doc.pageKey)}` : undefined;
    default:
      return undefined;
  }
}

function kindOf(doc: SearchSourceDoc): SearchKind {
  switch (doc._type) {
    case "article":
      return doc.kind === "pressRelease" ? "pressRelease" : "news";
    case "event":
      return "event";
    case "investmentOpportunity":
      return "opportunity";
    case "industrialPark":
      return "park";
    case "exhibit":
      return "exhibit";
    case "exhibition":
      return "exhibition";
    case "imageProject":
      return "project";
    default:
      return "page";
  }
}

function textOf(doc: SearchSourceDoc): string {
  const parts = [
    doc.excerpt,
    doc.summary,
    doc.intro,
    doc.description,
    doc.heroText,
    doc.venue,
    doc.period,
    ...(doc.pillars ?? []).flatMap((p) => [p.title, p.text]),
    ...(doc.milestones ?? []).flatMap((m) => [m.title, m.text]),
    doc.body,
    doc.citation,
  ];
  return parts.filter((p): p is string => typeof p === "string" && p.trim() !== "").join("\n\n");
}

/** The documents of one language's index, for its fallback chain (`chain[0]` is the language). */
export function documentsFor(source: SearchSource, chain: readonly Lang[]): SearchDoc[] {
  const byId = new Map(source.documents.map((d) => [d._id, d]));
  // Translation groups: the metadata's lists, fixed pages by their key, any other document alone.
  const groups: SearchSourceDoc[][] = [];
  const grouped = new Set<string>();
  for (const meta of source.groups) {
    const members = (meta.ids ?? []).flatMap((id) => {
      const doc = id ? byId.get(id) : undefined;
      return doc && doc._type !== "page" && !grouped.has(doc._id) ? [doc] : [];
    });
    members.forEach((d) => grouped.add(d._id));
    if (members.length) groups.push(members);
  }
  const pages = new Map<string, SearchSourceDoc[]>();
  for (const doc of source.documents) {
    if (grouped.has(doc._id)) continue;
    if (doc._type === "page" && doc.pageKey) {
      const list = pages.get(doc.pageKey) ?? [];
      list.push(doc);
      pages.set(doc.pageKey, list);
    } else if (doc._type !== "page") groups.push([doc]);
  }
  groups.push(...pages.values());

  const out: SearchDoc[] = [];
  for (const group of groups) {
    const shown = pickVersion(group, chain) ?? pickVersion(group, [...chain, ...group.map((d) => d.language as Lang)]);
    const doc = shown?.value;
    const path = doc && pathOf(doc);
    if (!shown || !doc || !path || !doc.title) continue;
    out.push({
      id: doc._id,
      kind: kindOf(doc),
      path,
      lang: shown.lang,
      isFallback: shown.isFallback,
      title: doc.title,
      text: textOf(doc),
    });
  }
  for (const indicator of source.indicators) {
    const label = pickLocalized(indicator.label, chain);
    if (!label || !indicator.key) continue;
    out.push({
      id: indicator._id,
      kind: "indicator",
      path: `/economy#${encodeURIComponent(indicator.key)}`,
      lang: label.lang,
      isFallback: label.isFallback,
      title: label.value,
      text: "",
    });
  }
  return out;
}
