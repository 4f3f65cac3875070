/**
 * The RSS 2.0 and Atom feeds of the news list, per language and per section, read back
 * with an independent parser (@rowanmanning/feed-parser): the feed's title and language,
 * absolute links to real article pages, only articles written in that language and of
 * that section (the demo dataset says which), newest first, at most FEED_LIMIT items;
 * headers; a localized 400 for an unknown section; and the autodiscovery links in the
 * head of the home, news and press pages.
 */
import { readFileSync } from "node:fs";
import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, inject, it } from "vitest";
import { LANGUAGE_IDS, type Lang } from "../../app/i18n/languages";
import { FEED_LIMIT } from "../../app/press/feeds.server";
import { SECTION_KINDS, type Section } from "../../app/press/sections";
import { DATASET_PATH } from "../pages";

const baseUrl = inject("baseUrl");

interface Article {
  _id: string;
  language: Lang;
  kind: string;
  slug: string;
  title: string;
  publishedAt: string;
}

/** Published articles of the demo dataset (drafts never reach a feed). */
const ARTICLES: Article[] = readFileSync(DATASET_PATH, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))
  .filter((d) => d._type === "article" && !d._id.startsWith("drafts."))
  .map((d) => ({ ...d, slug: d.slug.current }));

const expected = (lang: Lang, section: Section | null) =>
  ARTICLES.filter((a) => a.language === lang && (!section || a.kind === SECTION_KINDS[section]))
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a._id.localeCompare(b._id))
    .slice(0, FEED_LIMIT);

const FORMATS = [
  { format: "rss", type: "application/rss+xml" },
  { format: "atom", type: "application/atom+xml" },
] as const;
const SECTIONS_TO_TRY: (Section | null)[] = [null, "news", "press"];

const cases = LANGUAGE_IDS.flatMap((lang) =>
  FORMATS.flatMap(({ format, type }) => SECTIONS_TO_TRY.map((section) => ({ lang, format, type, section }))),
);

describe("news feeds", () => {
  it("the dataset has both kinds in several languages (or this test proves little)", () => {
    expect(expected("vi", "press").length).toBeGreaterThan(1);
    expect(expected("vi", "news").length).toBeGreaterThan(1);
    expect(expected("fr", "press").length).toBeGreaterThan(0);
    // Some language lacks some articles: the feeds must not fill the gap with fallbacks.
    expect(expected("ko", null).length).toBeLessThan(expected("vi", null).length);
  });

  it.each(cases)("$format $lang section=$section parses back with its language, links and items", async (c) => {
    const path = `/${c.lang}/news/feed.${c.format}${c.section ? `?section=${c.section}` : ""}`;
    const response = await fetch(baseUrl + path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get("content-type")).toBe(`${c.type}; charset=utf-8`);
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    const xml = await response.text();
    if (c.format === "atom") expect(xml).toMatch(new RegExp(`<feed [^>]*xml:lang="${c.lang}"`));
    else expect(xml).toContain(`<language>${c.lang}</language>`);

    const feed = parseFeed(xml);
    expect(feed.language).toBe(c.lang);
    expect(feed.title).toBeTruthy();
    expect(feed.url).toBe(`${baseUrl}/${c.lang}/news${c.section ? `?section=${c.section}` : ""}`);
    expect(feed.self).toBe(baseUrl + path);

    const want = expected(c.lang, c.section);
    expect(feed.items.map((i) => i.url)).toEqual(
      want.map((a) => `${baseUrl}/${c.lang}/news/${encodeURIComponent(a.slug)}`),
    );
    expect(feed.items.map((i) => i.title)).toEqual(want.map((a) => a.title));
    for (const item of feed.items) {
      expect(item.url, "absolute").toMatch(/^https?:\/\//);
      expect(item.id).toMatch(/^tag:/);
      expect(item.published).toBeInstanceOf(Date);
    }
  });

  it("every item links to a page that exists", async () => {
    const feed = parseFeed(await (await fetch(`${baseUrl}/en/news/feed.atom`)).text());
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) expect((await fetch(item.url!)).status, item.url!).toBe(200);
  });

  it("the section's feed title differs from the whole list's (a reader can tell them apart)", async () => {
    const titles = await Promise.all(
      SECTIONS_TO_TRY.map(
        async (s) =>
          parseFeed(await (await fetch(`${baseUrl}/ja/news/feed.rss${s ? `?section=${s}` : ""}`)).text()).title,
      ),
    );
    expect(new Set(titles).size).toBe(3);
  });

  it.each([...LANGUAGE_IDS])("an unknown section is a localized 400 in %s, never echoed", async (lang) => {
    const response = await fetch(`${baseUrl}/${lang}/news/feed.rss?section=%3Cscript%3Ebogus`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const text = await response.text();
    expect(text).toContain("section=press");
    expect(text).not.toContain("bogus");
    if (lang !== "en") {
      const en = await (await fetch(`${baseUrl}/en/news/feed.rss?section=x`)).text();
      expect(text).not.toBe(en);
    }
  });

  it("answers HEAD and gives the same bytes twice (dates come from content, not the clock)", async () => {
    const head = await fetch(`${baseUrl}/vi/news/feed.atom`, { method: "HEAD" });
    expect(head.status).toBe(200);
    const [a, b] = await Promise.all([1, 2].map(async () => (await fetch(`${baseUrl}/vi/news/feed.atom`)).text()));
    expect(a).toBe(b);
  });
});

describe("feed autodiscovery", () => {
  const pages = [
    { path: "/news", section: null },
    { path: "/news?section=press", section: "press" },
    { path: "/news?section=news", section: "news" },
    { path: "/press", section: "press" },
    { path: "", section: null },
  ] as const;
  it.each(LANGUAGE_IDS.flatMap((lang) => pages.map((p) => ({ lang, ...p }))))(
    "/$lang$path announces its RSS and Atom feeds",
    async ({ lang, path, section }) => {
      const html = await (await fetch(`${baseUrl}/${lang}${path}`)).text();
      const links = [...html.matchAll(/<link rel="alternate" type="([^"]+)" href="([^"]+)" title="([^"]+)"\/>/g)];
      const query = section ? `?section=${section}` : "";
      expect(links.map((m) => [m[1], m[2].replaceAll("&amp;", "&")])).toEqual([
        ["application/rss+xml", `${baseUrl}/${lang}/news/feed.rss${query}`],
        ["application/atom+xml", `${baseUrl}/${lang}/news/feed.atom${query}`],
      ]);
      for (const [, , href] of links) expect((await fetch(href.replaceAll("&amp;", "&"))).status).toBe(200);
    },
  );
});
