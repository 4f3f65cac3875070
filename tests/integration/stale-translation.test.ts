/**
 * The site's notice on a stale translation, over HTTP against the production build: the
 * demo dataset leaves the Japanese and Korean versions of one article (and the English
 * version of one event) made from an older text of their Vietnamese originals. Those pages
 * say so in the reader's language, with both dates and a link to the original; a current
 * translation, the original itself and a fallback page show no such notice. The investor
 * pages (opportunities, parks) and the fixed pages say so as soon as their Vietnamese
 * original is edited.
 */
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { TEST_STORE_TOKEN } from "../support/server";

const baseUrl = inject("baseUrl");

const seed = readFileSync(new URL("../../studio/seed/production.ndjson", import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { _id: string; slug?: { current: string } });
const slugOf = (id: string) => seed.find((d) => d._id === id)!.slug!.current;

async function page(path: string): Promise<string> {
  const response = await fetch(baseUrl + path);
  expect(response.status, path).toBe(200);
  return response.text();
}

/** The notice's text, tags stripped, or undefined when the page has none. */
function notice(html: string): { text: string; href: string } | undefined {
  const m = /<div class="notice notice--warning" role="note" data-stale-translation="">([\s\S]*?)<\/div>/.exec(html);
  if (!m) return undefined;
  const href = /<a href="([^"]+)"/.exec(m[1]!)![1]!;
  const text = m[1]!
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;|&#39;/g, "'")
    .trim();
  return { text, href };
}

const ARTICLE = "article-international-rice-festival-2023";
const viPath = `/vi/news/${slugOf(`${ARTICLE}-vi`)}`;

describe("a stale translation", () => {
  it("tells Japanese readers when it was translated and when the original changed, linking the original", async () => {
    const found = notice(await page(`/ja/news/${slugOf(`${ARTICLE}-ja`)}`));
    expect(found?.href).toBe(viPath);
    expect(found?.text).toMatch(
      /^\d{4}年\d{1,2}月\d{1,2}日に翻訳されました。ベトナム語の原文は\d{4}年\d{1,2}月\d{1,2}日に更新されています。 ベトナム語の原文を読む$/,
    );
  });

  it("tells Korean readers the same in Korean", async () => {
    const found = notice(await page(`/ko/news/${slugOf(`${ARTICLE}-ko`)}`));
    expect(found?.href).toBe(viPath);
    expect(found?.text).toMatch(/에 번역되었습니다\. 베트남어 원문은 .*에 수정되었습니다\. 베트남어 원문 보기$/);
  });

  it("shows on events too (English, with English dates)", async () => {
    const id = "event-nga-bay-day-2024";
    const found = notice(await page(`/en/events/${slugOf(`${id}-en`)}`));
    expect(found?.href).toBe(`/vi/events/${slugOf(`${id}-vi`)}`);
    expect(found?.text).toMatch(
      /^Translated on \S.*\d{4}; the Vietnamese original was updated on \S.*\d{4}\. Read the Vietnamese original$/,
    );
  });

  it("is not shown on a current translation, on the original, or on a fallback page", async () => {
    expect(notice(await page(`/en/news/${slugOf(`${ARTICLE}-en`)}`))).toBeUndefined();
    expect(notice(await page(`/fr/news/${slugOf(`${ARTICLE}-fr`)}`))).toBeUndefined();
    expect(notice(await page(viPath))).toBeUndefined();
    // No Chinese version: the page falls back to the current English one.
    const fallback = await page(`/zh-Hans/news/${slugOf(`${ARTICLE}-en`)}`);
    expect(fallback).toContain("data-fallback-notice");
    expect(notice(fallback)).toBeUndefined();
  });
});

/** Patches a published document through the store's mutate API, as the Studio's publish does. */
async function setOnPublished(id: string, set: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${baseUrl}/api/store/v2025-02-19/data/mutate/production`, {
    method: "POST",
    headers: { Authorization: `Bearer ${TEST_STORE_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ mutations: [{ patch: { id, set } }] }),
  });
  expect(response.status).toBe(200);
}

describe("the investor pages and the fixed pages", () => {
  // The project team's translations are current in the seed; a change to the Vietnamese
  // original makes them stale at once, and restoring its text makes them current again.
  const documentPage = (section: string, id: string) => (lang: string) =>
    `/${lang}/${section}/${slugOf(`${id}-${lang}`)}`;
  const cases = [
    {
      id: "investmentOpportunity-long-thanh-industrial-park",
      lang: "ja",
      path: documentPage("invest/opportunities", "investmentOpportunity-long-thanh-industrial-park"),
    },
    {
      id: "industrialPark-long-thanh",
      lang: "ko",
      path: documentPage("invest/industrial-parks", "industrialPark-long-thanh"),
    },
    { id: "page-about", lang: "ja", path: (lang: string) => `/${lang}/about` },
  ] as const;
  for (const { id, lang, path } of cases) {
    it(`${path(lang)}: a ${lang} translation is stale while its original's summary differs`, async () => {
      const translated = path(lang);
      expect(notice(await page(translated))).toBeUndefined();
      const original = seed.find((d) => d._id === `${id}-vi`) as { summary?: string };
      await setOnPublished(`${id}-vi`, { summary: `${original.summary} (cập nhật)` });
      try {
        expect(notice(await page(translated))?.href).toBe(path("vi"));
      } finally {
        await setOnPublished(`${id}-vi`, { summary: original.summary });
      }
      expect(notice(await page(translated))).toBeUndefined();
    });
  }
});
