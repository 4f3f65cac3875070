/**
 * RSS 2.0 and Atom 1.0 feeds of the news list, per language and per section, written by
 * the `feed` library (jpmonette/feed) rather than by hand: it escapes, splits CDATA and
 * lays out both formats. What it leaves to us: absolute URLs (from the public origin),
 * `xml:lang` on the Atom root (it writes only RSS's `<language>`), stable entry ids, and
 * dates taken from the content, never from the clock, so that the same content gives the
 * same bytes (page cache, ETag, conditional GETs from feed readers).
 *
 * A feed lists only articles written in its language (docs/decisions/0014): a reader who
 * subscribes to the French feed gets French items, and `<language>` is true of all of them.
 */
import { Feed, type Item } from "feed";
import type { FEED_QUERY_RESULT } from "~/content/sanity.types";
import type { Lang } from "~/i18n/languages";
import { href } from "~/i18n/routing";
import { feedUrl } from "./feed-links";
import { sectionPath, type FeedFormat, type Section } from "./sections";

/** Items per feed: what readers poll for; older articles stay on the paginated list. */
export const FEED_LIMIT = 20;

export interface FeedText {
  /** The feed's title, e.g. "Hậu Giang — Thông cáo báo chí". */
  title: string;
  description: string;
  copyright: string;
  /** The label of an article kind in this language (a category of each item). */
  kindLabel: (kind: string) => string;
}

// Characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE, U+FFFF).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Plain text as the HTML both formats carry (`type="html"` in Atom, and RSS readers read
 * titles and descriptions as HTML): `<` and `&` escaped, so a title about "A & B <C>"
 * reads as written; characters XML 1.0 forbids removed, so the document stays well-formed.
 */
export function plainToHtml(text: string): string {
  return text.replace(CONTROL_CHARS, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Atom wants an id that never changes: the language version's document id, not its slug (which editors may change). */
function entryId(origin: string, id: string): string {
  return `tag:${new URL(origin).hostname},2025:article:${encodeURIComponent(id)}`;
}

/** `xml:lang` on the Atom root, which `feed` does not write. */
export function withAtomLanguage(xml: string, lang: Lang): string {
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  if (!xml.includes(root)) throw new Error("Atom root element not found: has the feed library changed its output?");
  return xml.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`);
}

export function buildFeed({
  format,
  origin,
  lang,
  section,
  articles,
  text,
}: {
  format: FeedFormat;
  origin: string;
  lang: Lang;
  section: Section | null;
  articles: FEED_QUERY_RESULT;
  text: FeedText;
}): string {
  const page = origin + href(lang, sectionPath("/news", section));
  // The newest change of any listed article; a feed with no items is dated by nothing
  // that changes (the epoch), so it too gives the same bytes every time.
  const updated = articles.reduce((latest, a) => {
    const t = Date.parse(a._updatedAt ?? a.publishedAt);
    return Number.isFinite(t) && t > latest ? t : latest;
  }, 0);
  const feed = new Feed({
    id: page,
    title: text.title,
    description: text.description,
    link: page,
    language: lang,
    copyright: text.copyright,
    updated: new Date(updated),
    generator: false,
    favicon: `${origin}/favicon.svg`,
    feedLinks: { rss: feedUrl(lang, "rss", section, origin), atom: feedUrl(lang, "atom", section, origin) },
  });
  for (const a of articles) {
    const link = origin + href(lang, `/news/${encodeURIComponent(a.slug)}`);
    const item: Item = {
      title: plainToHtml(a.title),
      id: entryId(origin, a._id),
      guid: entryId(origin, a._id),
      link,
      // RSS has one date, the publication (pubDate); Atom's required `updated` is the last edit.
      date: new Date(format === "rss" ? a.publishedAt : (a._updatedAt ?? a.publishedAt)),
      published: new Date(a.publishedAt),
      description: a.excerpt ? plainToHtml(a.excerpt) : undefined,
      category: [
        { name: text.kindLabel(a.kind), term: a.kind },
        ...(a.tags ?? []).map((tag) => ({ name: tag, term: tag })),
      ],
    };
    feed.addItem(item);
  }
  return format === "rss" ? feed.rss2() : withAtomLanguage(feed.atom1(), lang);
}
