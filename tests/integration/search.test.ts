/**
 * The search page over HTTP against the production build, in every language: what each
 * language's handling finds on the demo dataset (the Vietnamese name typed without its
 * marks, a Japanese and a Chinese word inside titles without spaces, a Korean noun with
 * another particle, French without accents), highlighted and linked in the reader's
 * language; fallbacks marked; the limits (400, localized) and the empty cases (200); no
 * markup reflected; and an edit through the store found by the next search.
 */
import { describe, expect, inject, it } from "vitest";
import { queryStore, storeClient } from "../support/store-client";

const baseUrl = inject("baseUrl");

async function get(path: string, status = 200): Promise<{ html: string; response: Response }> {
  const response = await fetch(baseUrl + path);
  const html = await response.text();
  expect(response.status, path).toBe(status);
  return { html, response };
}

const q = (lang: string, query: string, extra = "") => `/${lang}/search?q=${encodeURIComponent(query)}${extra}`;

/** The results as rendered: kind line, link, marked words, snippet text. */
function results(html: string) {
  return [...html.matchAll(/<li class="search-result">([\s\S]*?)<\/li>/g)].map(([, item]) => ({
    href: /<a [^>]*href="([^"]+)"/.exec(item!)?.[1],
    kind: /<p class="search-result__kind">([\s\S]*?)<\/p>/.exec(item!)?.[1]?.replace(/<[^>]+>|<!-- -->/g, ""),
    marks: [...item!.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]),
    html: item!,
  }));
}

const status = (html: string) => /<p role="status">([\s\S]*?)<\/p>/.exec(html)?.[1]?.replace(/<!-- -->/g, "");

describe.each([
  { lang: "vi", query: "hau giang", mark: "Hậu", href: "/vi/", kind: /Trang|Tin tức|Sự kiện/ },
  { lang: "en", query: "hau giang", mark: "Hậu", href: "/en/", kind: /News|Event|Page|Press release/ },
  { lang: "ja", query: "工業団地", mark: "工業団地", href: "/ja/invest/industrial-parks/", kind: /工業団地/ },
  { lang: "ko", query: "허우장에서", mark: "허우장의", href: "/ko/", kind: /행사|뉴스|페이지|보도자료/ },
  { lang: "zh-Hans", query: "投资", mark: "投资", href: "/zh-Hans/", kind: /新闻稿|新闻|经济指标/ },
  { lang: "fr", query: "economie", mark: "économie", href: "/fr/", kind: /Indicateur économique|Page|Actualité/ },
])("/$lang/search?q=$query", ({ lang, query, mark, href, kind }) => {
  it("finds, links in the reader's language, labels the kind and marks the matched words", async () => {
    const { html, response } = await get(q(lang, query));
    const found = results(html);
    expect(found.length).toBeGreaterThan(0);
    expect(
      found.some((r) => r.marks.includes(mark)),
      JSON.stringify(found.map((r) => r.marks)),
    ).toBe(true);
    expect(found.every((r) => r.href?.startsWith(`/${lang}`))).toBe(true);
    expect(found.some((r) => r.href?.startsWith(href))).toBe(true);
    expect(found.some((r) => kind.test(r.kind ?? ""))).toBe(true);
    expect(status(html)).toMatch(/\d/);
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=60\b/);
  });
});

describe("the search page", () => {
  it("ranks a Vietnamese query typed with its marks by the words that carry them", async () => {
    const [first] = results((await get(q("vi", "hậu giang"))).html);
    expect(first!.marks).toContain("Hậu");
  });

  it("works as a plain GET form (no JavaScript needed): action, method, name and the query kept", async () => {
    const { html } = await get(q("ja", "ハウザン"));
    expect(html).toMatch(/<form method="get" action="\/ja\/search" role="search"/);
    expect(html).toMatch(/<input id="search-q" type="search" name="q"[^>]* value="ハウザン"/);
    expect(html).toMatch(/<label for="search-q">検索する語<\/label>/);
  });

  it("marks a result shown in another language, with that language on its text", async () => {
    // The exhibition exists in Vietnamese and English only: a Japanese reader gets the English version.
    const found = results((await get(q("ja", "hoang sa"))).html);
    const fallback = found.find((r) => r.kind?.includes("未翻訳"));
    expect(fallback?.kind).toContain("English");
    expect(fallback?.html).toMatch(/<h3 class="search-result__title" lang="en">/);
  });

  it("pages through many results with links that keep the query", async () => {
    const { html } = await get(q("vi", "hau giang"));
    expect(html).toMatch(/<a rel="next"[^>]* href="\/vi\/search\?q=hau\+giang&amp;page=2"/);
    const second = await get(q("vi", "hau giang", "&page=2"));
    expect(results(second.html).length).toBeGreaterThan(0);
    expect(second.html).toMatch(/<a rel="prev"[^>]* href="\/vi\/search\?q=hau\+giang"/);
    await get(q("vi", "hau giang", "&page=999"), 404);
  });

  it("asks for words when there is no query (200)", async () => {
    expect(status((await get("/en/search")).html)).toBe("Type one or more words to search the site.");
    expect(status((await get("/vi/search?q=%20%20")).html)).toBe("Nhập một hoặc vài từ để tìm trên trang.");
  });

  it("says there are no results in the reader's language (200)", async () => {
    expect(status((await get(q("ko", "zzqxv"))).html)).toMatch(/^“zzqxv”에 대한 검색 결과가 없습니다/);
    expect(status((await get(q("fr", "zzqxv"))).html)).toMatch(/^Aucun résultat pour « zzqxv »/);
  });

  it("refuses an over-long query with a localized message (400, not cached)", async () => {
    const { html, response } = await get(q("fr", "investissement ".repeat(20)), 400);
    expect(html).toContain("Cette recherche est trop longue : 200 caractères et 20 mots au plus.");
    expect(html).toMatch(/aria-invalid="true"/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const words = await get(q("en", Array.from({ length: 25 }, (_, i) => `w${i}`).join(" ")), 400);
    expect(words.html).toContain("This search is too long.");
  });

  it("refuses an unreadable query (400): bad percent-encoding, control characters, a bad page", async () => {
    for (const path of ["/ja/search?q=%FF", "/ja/search?q=a%00b", "/ja/search?q=a&page=0", "/ja/search?q=a&page=x"]) {
      const { html } = await get(path, 400);
      expect(html, path).toContain("検索できない文字が含まれています。");
    }
  });

  it("never reflects markup from the query", async () => {
    const { html } = await get(q("en", '<script>alert(1)</script> "><img src=x onerror=alert(2)>'));
    expect(html).not.toContain("<script>alert");
    expect(html).not.toMatch(/<img src=x/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("after an edit through the store", () => {
  it("the next search finds the new text (the index is rebuilt for the new content version)", async () => {
    const [article] = await queryStore<{ _id: string; title: string }[]>(
      baseUrl,
      `*[_type == "article" && language == "vi" && !(_id in path("drafts.**"))] | order(_id asc)[0..0]{_id, title}`,
    );
    const word = "Quýtxanhthửnghiệm";
    expect(results((await get(q("vi", word))).html)).toHaveLength(0);
    const staff = storeClient(baseUrl);
    await staff
      .patch(article!._id)
      .set({ title: `${article!.title} ${word}` })
      .commit();
    try {
      const found = results((await get(q("vi", "quytxanhthunghiem"))).html);
      expect(found).toHaveLength(1);
      expect(found[0]!.marks).toContain(word);
    } finally {
      await staff.patch(article!._id).set({ title: article!.title }).commit();
    }
    expect(results((await get(q("vi", word))).html)).toHaveLength(0);
  });
});
