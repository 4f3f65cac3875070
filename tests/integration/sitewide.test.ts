/**
 * Site-wide metadata and statistics over HTTP against the production build: sitemap.xml
 * against the page list (tests/pages.ts), robots.txt, JSON-LD GovernmentOrganization on home
 * and contact (content cannot break out of its script element, the CSP still lists only
 * real scripts), Open Graph / Twitter meta on every page type, the share image, and the
 * visitor counts (robots not counted, cache hits counted, no cookie, no address stored).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { LANGUAGE_IDS, SOURCE_LANG, type Lang } from "~/i18n/languages";
import { inlineScripts } from "~/utils/csp.server";
import { DATASET_PATH, PAGE_TYPES, PAGES } from "../pages";
import { startServer, type RunningServer } from "../support/server";
import { storeClient } from "../support/store-client";

const baseUrl = inject("baseUrl");
const storeDb = inject("storeDb");

const BROWSER_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const BOT_UA = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

// ---------------------------------------------------------------------------
// sitemap.xml

interface SitemapUrl {
  loc: string;
  alternates: Map<string, string>;
}

/** The <url> entries of our sitemap (its format is ours: one element per line, attributes in double quotes). */
function parseSitemap(xml: string): SitemapUrl[] {
  const unescape = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
    loc: unescape(/<loc>([^<]*)<\/loc>/.exec(body)![1]),
    alternates: new Map(
      [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(([, lang, href]) => [
        lang,
        unescape(href),
      ]),
    ),
  }));
}

describe("sitemap.xml", () => {
  let urls: SitemapUrl[];
  beforeAll(async () => {
    const response = await fetch(`${baseUrl}/sitemap.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/xml/);
    urls = parseSitemap(await response.text());
  });

  it("is pointed to by robots.txt", async () => {
    const robots = await fetch(`${baseUrl}/robots.txt`).then((r) => r.text());
    expect(robots).toMatch(new RegExp(`^Sitemap: ${baseUrl}/sitemap\\.xml$`, "m"));
  });

  it("lists each URL once, and every URL answers 200", async () => {
    const locs = urls.map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    const failed: string[] = [];
    for (let i = 0; i < locs.length; i += 8) {
      const statuses = await Promise.all(
        locs.slice(i, i + 8).map((loc) => fetch(loc, { redirect: "manual" }).then((r) => [loc, r.status] as const)),
      );
      failed.push(...statuses.filter(([, status]) => status !== 200).map(([loc, status]) => `${loc}: ${status}`));
    }
    expect(failed).toEqual([]);
  });

  // Every public page type of the shared list, in each language it really exists in, with
  // exactly those languages (and x-default, the source language's URL) as alternates.
  const listed = PAGE_TYPES.filter((t) => t.status === 200 && !t.personal && !t.noindex && t.alternates);
  it.each(listed.map((t) => [t.name, t] as const))("lists %s with exactly its alternates", (_name, type) => {
    const expected = new Map<string, string>(type.alternates!.map((l) => [l, baseUrl + type.path(l)]));
    const xDefault = type.alternates!.includes(SOURCE_LANG) ? SOURCE_LANG : type.alternates![0];
    expected.set("x-default", baseUrl + type.path(xDefault));
    for (const lang of type.alternates!) {
      const entry = urls.find((u) => u.loc === baseUrl + type.path(lang));
      expect(entry, `${type.name} ${lang}`).toBeDefined();
      expect(Object.fromEntries(entry!.alternates), `${type.name} ${lang}`).toEqual(Object.fromEntries(expected));
    }
  });

  it("does not list a fallback page (a language the article lacks) or the personal inquiry form", () => {
    const fallback = PAGES.filter((p) => p.type.name === "article-fallback");
    expect(fallback.length).toBeGreaterThan(0);
    for (const visit of fallback) expect(urls.some((u) => u.loc === baseUrl + visit.path)).toBe(false);
    expect(urls.some((u) => u.loc.includes("/invest/inquiry"))).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// Open Graph and Twitter

function metaContents(html: string, attribute: "property" | "name", key: string): string[] {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [...html.matchAll(new RegExp(`<meta ${attribute}="${escaped}" content="([^"]*)"`, "g"))].map((m) =>
    m[1]
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'"),
  );
}

const OG_LOCALE: Record<Lang, string> = {
  vi: "vi_VN",
  en: "en_US",
  ja: "ja_JP",
  ko: "ko_KR",
  "zh-Hans": "zh_CN",
  fr: "fr_FR",
};

describe("Open Graph and Twitter meta", () => {
  const visits = PAGES.filter((p) => p.type.status === 200 && (p.lang === "vi" || p.lang === "ja" || p.lang === "fr"));
  it.each(visits.map((v) => [v.label, v] as const))("%s", async (_label, visit) => {
    const html = await fetch(baseUrl + visit.path).then((r) => r.text());
    const one = (attribute: "property" | "name", key: string) => {
      const values = metaContents(html, attribute, key);
      expect(values, `${key} on ${visit.path}`).toHaveLength(1);
      return values[0];
    };
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(one("property", "og:url")).toBe(canonical);
    expect(one("property", "og:title").length).toBeGreaterThan(0);
    expect(one("property", "og:description").length).toBeGreaterThan(0);
    expect(one("property", "og:locale")).toBe(OG_LOCALE[visit.lang]);
    expect(metaContents(html, "property", "og:locale:alternate").sort()).toEqual(
      visit.type
        .alternates!.filter((l) => l !== visit.lang)
        .map((l) => OG_LOCALE[l])
        .sort(),
    );
    expect(one("property", "og:image")).toBe(`${baseUrl}/${visit.lang}/share-image.png`);
    expect(one("property", "og:image:width")).toBe("1200");
    expect(one("property", "og:image:height")).toBe("630");
    expect(one("property", "og:image:alt").length).toBeGreaterThan(10);
    expect(one("name", "twitter:card")).toBe("summary_large_image");
    expect(one("name", "twitter:image")).toBe(`${baseUrl}/${visit.lang}/share-image.png`);
  });

  it.each(LANGUAGE_IDS)("the %s share image is a real 1200×630 PNG, publicly cacheable", async (lang) => {
    const response = await fetch(`${baseUrl}/${lang}/share-image.png`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toMatch(/^public/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const info = await sharp(bytes).metadata();
    expect([info.format, info.width, info.height]).toEqual(["png", 1200, 630]);
    // Text was drawn: far more colours than the flat background and stripes.
    const { data } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    expect(colours.size).toBeGreaterThan(500);
    const etag = response.headers.get("etag")!;
    expect((await fetch(`${baseUrl}/${lang}/share-image.png`, { headers: { "If-None-Match": etag } })).status).toBe(
      304,
    );
  });
});

// ---------------------------------------------------------------------------
// JSON-LD

interface SettingsDoc {
  _id: string;
  agency?: {
    name?: { _key: string; language: string; value: string }[];
    phone?: string;
    email?: string;
    website?: string;
  };
}
const settings = readFileSync(DATASET_PATH, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as SettingsDoc)
  .find((doc) => doc._id === "siteSettings")!;

function jsonLdBlocks(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]) as Record<string, unknown>,
  );
}

describe("JSON-LD GovernmentOrganization", () => {
  const paths = LANGUAGE_IDS.flatMap((lang) => [`/${lang}`, `/${lang}/contact`].map((p) => [p, lang] as const));
  it.each(paths)("%s has the agency from site settings", async (pagePath, lang) => {
    const html = await fetch(baseUrl + pagePath).then((r) => r.text());
    const blocks = jsonLdBlocks(html).filter((b) => b["@type"] === "GovernmentOrganization");
    expect(blocks).toHaveLength(1);
    const org = blocks[0];
    expect(org["@context"]).toBe("https://schema.org");
    const names = settings.agency!.name!;
    expect(org.name).toBe((names.find((n) => n.language === lang) ?? names.find((n) => n.language === "en"))!.value);
    expect(typeof org.address).toBe("string");
    for (const [field, value] of [
      ["email", settings.agency?.email],
      ["telephone", settings.agency?.phone],
      ["url", settings.agency?.website],
    ] as const) {
      if (value) expect(org[field]).toBe(value);
      else expect(org).not.toHaveProperty(field);
    }
  });

  it("is on home and contact only", async () => {
    const html = await fetch(`${baseUrl}/en/about`).then((r) => r.text());
    expect(jsonLdBlocks(html).filter((b) => b["@type"] === "GovernmentOrganization")).toEqual([]);
  });

  describe("with markup in the agency's name (own server)", () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer();
    });
    afterAll(async () => {
      await server?.stop();
    });

    it("cannot close the script element, and the CSP lists only the page's real scripts", async () => {
      const viKey = settings.agency!.name!.find((n) => n.language === "vi")!._key;
      const hostile = `Văn phòng </script><script>alert(1)</script><!-- & \u2028`;
      await storeClient(server.baseUrl)
        .patch("siteSettings")
        .set({ [`agency.name[_key=="${viKey}"].value`]: hostile })
        .commit();
      let html = "";
      let csp = "";
      for (let i = 0; i < 50 && !html.includes("Văn phòng \\u003c/script"); i++) {
        const response = await fetch(`${server.baseUrl}/vi/contact?fresh=${i}`);
        html = await response.text();
        csp = response.headers.get("content-security-policy") ?? "";
        if (!html.includes("Văn phòng \\u003c/script")) await new Promise((r) => setTimeout(r, 200));
      }
      expect(html).not.toContain("<script>alert(1)</script>");
      const org = jsonLdBlocks(html).find((b) => b["@type"] === "GovernmentOrganization");
      expect(org?.name).toBe(hostile);
      // Every executable inline script has its hash in the policy, and the injected one is no
      // script (its text appears only escaped, as data in the JSON-LD and Remix's context).
      const hashes = csp.match(/'sha256-[^']+'/g) ?? [];
      expect(hashes.length).toBe(new Set(inlineScripts(html)).size);
      expect(inlineScripts(html)).not.toContain("alert(1)");
    });
  });
});

// ---------------------------------------------------------------------------
// Visitor counts

/** The footer's counts, read by a robot (not counted) from a page no cache holds yet. */
let probe = 0;
async function counts(): Promise<{ online: number; today: number; total: number }> {
  const html = await fetch(`${baseUrl}/en/about?probe=${Date.now()}-${probe++}`, {
    headers: { "User-Agent": BOT_UA, Accept: "text/html" },
  }).then((r) => r.text());
  const read = (key: string) =>
    Number(new RegExp(`data-visitors="${key}">([\\d,]+)<`).exec(html)![1].replace(/,/g, ""));
  return { online: read("online"), today: read("today"), total: read("total") };
}

function visit(pagePath: string, userAgent: string, headers: Record<string, string> = {}) {
  return fetch(baseUrl + pagePath, {
    headers: { "User-Agent": userAgent, Accept: "text/html,application/xhtml+xml", ...headers },
  });
}

describe("visitor counts", () => {
  it("counts a reader once a day, on pages answered by the cache too, with no cookie", async () => {
    const marker = `VisitorTest/${Date.now()}`;
    const before = await counts();
    const first = await visit("/en/invest", `${BROWSER_UA} ${marker}a`);
    expect(first.headers.get("set-cookie")).toBeNull();
    await first.arrayBuffer();
    // A second reader gets the cached copy (X-Cache: hit): still counted.
    const second = await visit("/en/invest", `${BROWSER_UA} ${marker}b`);
    expect(second.headers.get("x-cache")).toBe("hit");
    expect(second.headers.get("set-cookie")).toBeNull();
    await second.arrayBuffer();
    // The first reader again: the same visitor today.
    await (await visit("/en/news", `${BROWSER_UA} ${marker}a`)).arrayBuffer();
    const after = await counts();
    expect(after.today - before.today).toBe(2);
    expect(after.total - before.total).toBe(2);
    expect(after.online - before.online).toBe(2);
  });

  it("does not count robots, prefetches, files or error pages as views", async () => {
    const marker = `VisitorTest/${Date.now()}`;
    const before = await counts();
    await (await visit("/en/invest", BOT_UA)).arrayBuffer();
    await (await visit("/en/invest", "curl/8.5.0")).arrayBuffer();
    await (await visit("/en/invest", `${BROWSER_UA} ${marker}p`, { "Sec-Purpose": "prefetch" })).arrayBuffer();
    await (await visit("/en/share-image.png", `${BROWSER_UA} ${marker}f`)).arrayBuffer();
    await (await visit("/en/no-such-page", `${BROWSER_UA} ${marker}e`)).arrayBuffer();
    await (await visit("/en/invest?_data=root", `${BROWSER_UA} ${marker}d`)).arrayBuffer();
    // The reader of the error page was on the site ("online"), but saw no page.
    expect(await counts()).toEqual({ ...before, online: before.online + 1 });
  });

  it("stores no client address or user agent, only day totals", async () => {
    const marker = `VisitorTest/${Date.now()}stored`;
    await (await visit("/en/about", `${BROWSER_UA} ${marker}`)).arrayBuffer();
    expect(storeDb).not.toBe("");
    const dir = path.dirname(storeDb);
    const files = readdirSync(dir).filter((f) => f.startsWith("visitors.sqlite"));
    expect(files).toContain("visitors.sqlite");
    // Every file beside the store, in sub-folders too (the image cache lives there).
    const everyFile = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    for (const entry of everyFile) {
      const file = path.join(entry.parentPath, entry.name);
      const bytes = readFileSync(file);
      for (const needle of ["127.0.0.1", "::ffff:127", marker]) {
        expect(bytes.includes(Buffer.from(needle)), `${needle} in ${file}`).toBe(false);
      }
    }
  });
});
