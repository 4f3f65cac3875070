/**
 * The press room and the news sections over HTTP: the room in every language (latest
 * press releases only, the contacts the settings name and no phone number, the media
 * kit's files really downloadable: an SVG document and PNGs of the stated size, the fact
 * sheet with a source on every line, the merger note); `?section=` on the news list
 * (one kind listed, pagination keeping the section, an unknown section a localized 400).
 */
import { readFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, inject, it } from "vitest";
import { LANGUAGE_IDS } from "../../app/i18n/languages";
import { FACTS } from "../../app/press/fact-sheet";
import { DATASET_PATH } from "../pages";

const baseUrl = inject("baseUrl");

const DOCS = readFileSync(DATASET_PATH, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))
  .filter((d) => !d._id.startsWith("drafts."));
const ARTICLES = DOCS.filter((d) => d._type === "article");
const slugsOf = (kind: string) => new Set(ARTICLES.filter((a) => a.kind === kind).map((a) => a.slug.current));
const SETTINGS = DOCS.find((d) => d._id === "siteSettings");
const CONTACT_EMAILS: string[] = SETTINGS.contacts.map(
  (ref: { _ref: string }) => DOCS.find((d) => d._id === ref._ref).email,
);

async function page(path: string) {
  const response = await fetch(baseUrl + path);
  return { status: response.status, html: await response.text(), response };
}

/** The article slugs linked from the page's main content. */
function articleLinks(html: string, lang: string): string[] {
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "";
  return [...main.matchAll(new RegExp(`href="/${lang}/news/([^"?/]+)"`, "g"))].map((m) => decodeURIComponent(m[1]));
}

describe("press room", () => {
  it.each([...LANGUAGE_IDS])("%s: releases, contacts, media kit, fact sheet, merger note", async (lang) => {
    const { status, html, response } = await page(`/${lang}/press`);
    expect(status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/^public/);

    const linked = articleLinks(html, lang);
    expect(linked.length).toBeGreaterThan(0);
    const press = slugsOf("pressRelease");
    for (const slug of linked) expect(press.has(slug), `${slug} is a press release`).toBe(true);
    expect(html).toContain(`href="/${lang}/news?section=press"`);

    for (const email of CONTACT_EMAILS) expect(html).toContain(`href="mailto:${email}"`);
    expect(html, "no phone number is invented").not.toMatch(/href="tel:/);

    for (const file of ["hau-giang-mark.svg", "hau-giang-mark-512.png", "hau-giang-mark-1024.png"]) {
      expect(html).toContain(`href="/media-kit/${file}"`);
    }

    // One fact-sheet entry per fact, each with a cited source.
    const items = [...html.matchAll(/<div class="fact-sheet__item">([\s\S]*?)<\/div>/g)].map((m) => m[1]);
    expect(items).toHaveLength(FACTS.length);
    for (const item of items) expect(item).toMatch(/<dd class="fact-sheet__source">[\s\S]*<cite/);
    // Figures formatted in the reader's language (a thousands separator or its absence).
    expect(html).toContain(new Intl.NumberFormat(lang).format(733017));

    // The merger note of the settings, in this language.
    const note = SETTINGS.statusNote.find((e: { _key: string; language?: string }) => (e.language ?? e._key) === lang);
    expect(html).toContain(note.value.slice(0, 20).replace(/'/g, "&#x27;"));
  });

  it("serves the mark as an SVG document", async () => {
    const response = await fetch(`${baseUrl}/media-kit/hau-giang-mark.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await response.text();
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("<title>Hậu Giang</title>");
    const meta = await sharp(Buffer.from(svg)).metadata();
    expect(meta.format).toBe("svg");
  });

  it.each([512, 1024])("serves the mark as a %i px PNG", async (size) => {
    const response = await fetch(`${baseUrl}/media-kit/hau-giang-mark-${size}.png`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toMatch(/^public/);
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: "png", width: size, height: size, hasAlpha: true });
  });

  it("has no other files", async () => {
    for (const name of ["hau-giang-mark-99.png", "..%2Fpackage.json", "hau-giang-mark.gif"]) {
      expect((await fetch(`${baseUrl}/media-kit/${name}`)).status, name).toBe(404);
    }
  });
});

describe("news sections", () => {
  it.each([
    ["press", "pressRelease"],
    ["news", "news"],
  ])("?section=%s lists only %s articles", async (section, kind) => {
    const { status, html } = await page(`/vi/news?section=${section}`);
    expect(status).toBe(200);
    const linked = articleLinks(html, "vi");
    expect(linked.length).toBeGreaterThan(0);
    const wanted = slugsOf(kind);
    for (const slug of linked) expect(wanted.has(slug), `${slug} is ${kind}`).toBe(true);
    expect(html).toMatch(new RegExp(`<span aria-current="page">[^<]+</span>`));
  });

  it("the whole list still lists both kinds", async () => {
    const { html } = await page("/vi/news");
    const linked = articleLinks(html, "vi");
    expect(linked.some((s) => slugsOf("news").has(s))).toBe(true);
    expect(linked.some((s) => slugsOf("pressRelease").has(s))).toBe(true);
  });

  it("pagination keeps the section", async () => {
    const { html } = await page("/vi/news?section=news");
    const nav = /<nav class="pagination"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1];
    expect(nav, "the demo has more news articles than one page").toBeTruthy();
    expect(nav).toContain('href="/vi/news?section=news&amp;page=2"');
    const second = await page("/vi/news?section=news&page=2");
    expect(second.status).toBe(200);
    expect(second.html).toContain('href="/vi/news?section=news"');
  });

  it.each([...LANGUAGE_IDS])("an unknown section is a localized 400 page in %s", async (lang) => {
    const { status, html, response } = await page(`/${lang}/news?section=%3Cb%3Eevil`);
    expect(status).toBe(400);
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(html).not.toContain("evil");
    expect(html).toContain(`lang="${lang}"`);
    // The way out: the sections as links.
    expect(html).toContain(`href="/${lang}/news?section=press"`);
    expect(html).toContain(`href="/${lang}/news?section=news"`);
    const en = await page(`/en/news?section=x`);
    const h1 = (s: string) => /<h1[^>]*>([^<]+)<\/h1>/.exec(s)?.[1];
    expect(h1(html)).toBeTruthy();
    if (lang !== "en") expect(h1(html)).not.toBe(h1(en.html));
  });
});
