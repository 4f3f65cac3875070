/**
 * The press helpers without a server: JSON-LD that content cannot break out of, the
 * reading of `?section=`, and feeds as the `feed` library writes them (Atom's xml:lang,
 * escaped text, stable ids and dates), parsed back with @rowanmanning/feed-parser.
 */
import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { inlineScripts } from "../../app/utils/csp.server";
import { buildFeed, plainToHtml } from "../../app/press/feeds.server";
import { newsArticleLd } from "../../app/press/news-article-ld";
import { jsonLdText } from "../../app/utils/json-ld";
import { parseSection, sectionPath } from "../../app/press/sections";

describe("jsonLdText", () => {
  const hostile = 'A </script><script>alert(1)</script> <!-- & \u2028 "q"';

  it("cannot end the script element or open a comment, and still means the same JSON", () => {
    const text = jsonLdText({ headline: hostile });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ headline: hostile });
  });

  it("is a data block the CSP does not count as a script to hash", () => {
    const html = `<script type="application/ld+json">${jsonLdText({ headline: hostile })}</script>`;
    expect(inlineScripts(html)).toEqual([]);
  });

  it("describes the article at its own URL in its own language", () => {
    const ld = newsArticleLd({
      origin: "https://example.org",
      lang: "en",
      slug: "a b",
      title: "T",
      publishedAt: "2025-07-01T08:00:00+07:00",
      image: "/images/x.png",
      publisher: "Hậu Giang",
    });
    expect(ld).toMatchObject({
      "@type": "NewsArticle",
      inLanguage: "en",
      url: "https://example.org/en/news/a%20b",
      image: ["https://example.org/images/x.png"],
      dateModified: "2025-07-01T08:00:00+07:00",
    });
  });
});

describe("sections", () => {
  it("reads ?section=", () => {
    expect(parseSection(null)).toEqual({ ok: true, section: null });
    expect(parseSection("")).toEqual({ ok: true, section: null });
    expect(parseSection("press")).toEqual({ ok: true, section: "press" });
    expect(parseSection("pressRelease")).toEqual({ ok: false });
    expect(parseSection("PRESS")).toEqual({ ok: false });
  });
  it("builds list paths", () => {
    expect(sectionPath("/news", null)).toBe("/news");
    expect(sectionPath("/news", "press", { page: "2" })).toBe("/news?section=press&page=2");
  });
});

describe("buildFeed", () => {
  const articles = [
    {
      _id: "article-1-fr",
      _updatedAt: "2025-07-02T00:00:00Z",
      language: "fr",
      title: "R&D <nouveau> ]]> fin\u0001",
      slug: "r-et-d",
      kind: "pressRelease" as const,
      publishedAt: "2025-07-01T08:00:00+07:00",
      excerpt: "Un & deux",
      tags: ["riz"],
    },
  ];
  const text = { title: "Communiqués", description: "D", copyright: "©", kindLabel: () => "Communiqué" };
  const build = (format: "rss" | "atom") =>
    buildFeed({ format, origin: "https://example.org", lang: "fr", section: "press", articles, text });

  it("puts xml:lang on the Atom root and <language> in RSS", () => {
    expect(build("atom")).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">');
    expect(build("rss")).toContain("<language>fr</language>");
  });

  it.each(["rss", "atom"] as const)("%s: text reads as written, links absolute, dates from content", (format) => {
    const xml = build(format);
    const feed = parseFeed(xml);
    expect(feed.language).toBe("fr");
    expect(feed.self).toBe(`https://example.org/fr/news/feed.${format}?section=press`);
    const [item] = feed.items;
    expect(item.title).toBe("R&D <nouveau> ]]> fin");
    expect(item.url).toBe("https://example.org/fr/news/r-et-d");
    expect(item.id).toBe("tag:example.org,2025:article:article-1-fr");
    expect(item.published?.toISOString()).toBe("2025-07-01T01:00:00.000Z");
    expect(build(format)).toBe(xml);
  });

  it("escapes plain text for HTML-typed feed fields", () => {
    expect(plainToHtml("a & <b>\u0000")).toBe("a &amp; &lt;b&gt;");
  });
});
