/**
 * Feed autodiscovery: `<link rel="alternate" type="application/rss+xml|atom+xml">` in the
 * head of the home, news and press pages, so a feed reader given the page's address finds
 * the feeds. Returned as Remix meta descriptors (`tagName: "link"`) rather than `links`,
 * because they need loader data (the section) and the root's public origin: absolute URLs,
 * which some readers require.
 */
import type { MetaDescriptor } from "@remix-run/node";
import type { Lang } from "~/i18n/languages";
import { href } from "~/i18n/routing";
import { FEED_FORMATS, sectionPath, type FeedFormat, type Section } from "./sections";

interface MatchLike {
  id: string;
  data: unknown;
}

/** A feed's URL (absolute when `origin` is given). */
export function feedUrl(lang: Lang, format: FeedFormat, section: Section | null, origin = ""): string {
  return origin + href(lang, sectionPath(FEED_FORMATS[format].path, section));
}

/** Both formats of one feed; `title` names it in the reader's language ("… (RSS)", "… (Atom)"). */
export function feedLinks(
  matches: readonly MatchLike[],
  lang: Lang | undefined,
  section: Section | null,
  title: string | undefined,
): MetaDescriptor[] {
  if (!lang) return [];
  const root = matches.find((m) => m.id === "root")?.data as { origin?: string; siteName?: string } | undefined;
  const name = title ?? root?.siteName ?? "Hậu Giang";
  return (Object.keys(FEED_FORMATS) as FeedFormat[]).map((format) => ({
    tagName: "link",
    rel: "alternate",
    type: FEED_FORMATS[format].type,
    href: feedUrl(lang, format, section, root?.origin ?? ""),
    title: `${name} (${format === "rss" ? "RSS" : "Atom"})`,
  }));
}
