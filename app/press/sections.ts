/**
 * The sections of the news list and its feeds: everything, news only, press releases only.
 * One reading of `?section=` for the list page and both feed formats, so a section means
 * the same thing on the page and in the reader's feed app. Pure: the page component uses
 * it too (tab links, feed links).
 */
import type { ArticleKind } from "~/content/vocabulary";

/** URL value → the `article.kind` it lists. `news` and `press` read better in a URL than the kind names. */
export const SECTION_KINDS = { news: "news", press: "pressRelease" } as const satisfies Record<string, ArticleKind>;
export type Section = keyof typeof SECTION_KINDS;
export const SECTIONS = Object.keys(SECTION_KINDS) as Section[];

export type SectionChoice = { ok: true; section: Section | null } | { ok: false };

/** `?section=` absent (or empty, as an emptied GET form sends it) is the whole list; an unknown value is refused. */
export function parseSection(value: string | null): SectionChoice {
  if (value === null || value === "") return { ok: true, section: null };
  return (SECTIONS as string[]).includes(value) ? { ok: true, section: value as Section } : { ok: false };
}

/** The kind a section lists, or null for every kind (a GROQ parameter). */
export function kindOf(section: Section | null): ArticleKind | null {
  return section ? SECTION_KINDS[section] : null;
}

/** The list's path (without language) for a section, with extra query parameters (e.g. the page). */
export function sectionPath(base: string, section: Section | null, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...(section ? { section } : {}), ...extra }).toString();
  return query ? `${base}?${query}` : base;
}

export const FEED_FORMATS = {
  rss: { path: "/news/feed.rss", type: "application/rss+xml" },
  atom: { path: "/news/feed.atom", type: "application/atom+xml" },
} as const;
export type FeedFormat = keyof typeof FEED_FORMATS;
