/**
 * The site search's language handling (app/search/): Vietnamese folding with exact matches
 * first, Japanese and Chinese word segmentation, Korean particles, French diacritics and
 * elision. Each language case also runs against a naive analyzer (split on spaces and
 * punctuation, lower case): it must fail there, which shows the handling is what finds it.
 */
import { describe, expect, it } from "vitest";
import { documentsFor, type SearchDoc, type SearchSource } from "../../app/search/documents";
import { buildIndexSync, highlight, search, snippet, type Segment } from "../../app/search/engine";
import { analyzerFor, fold, naiveAnalyzer, stripKoreanParticle, type Analyzer } from "../../app/search/tokenize";
import type { Lang } from "../../app/i18n/languages";

const doc = (lang: Lang, id: string, title: string, text = ""): SearchDoc => ({
  id,
  kind: "news",
  path: `/news/${id}`,
  lang,
  isFallback: false,
  title,
  text,
});

const ids = (analyzer: Analyzer, docs: SearchDoc[], query: string) =>
  search(buildIndexSync(docs, analyzer), query, { limit: 50 }).hits.map((h) => h.doc.id);

interface Case {
  lang: Lang;
  what: string;
  docs: SearchDoc[];
  query: string;
  expected: (found: string[]) => boolean;
}

const CASES: Case[] = [
  {
    lang: "vi",
    what: "a query without marks finds the words that carry them",
    docs: [doc("vi", "hg", "Hậu Giang hội tụ"), doc("vi", "other", "Cần Thơ")],
    query: "hau giang",
    expected: (found) => found.length === 1 && found[0] === "hg",
  },
  {
    lang: "vi",
    what: "d finds đ",
    docs: [doc("vi", "delta", "Đồng bằng sông Cửu Long", "Vùng đồng bằng")],
    query: "dong bang",
    expected: (found) => found[0] === "delta",
  },
  {
    lang: "vi",
    what: "a query with its marks finds the folded twins too, but ranks the exact word first",
    docs: [
      doc("vi", "hau-het", "Hầu hết doanh nghiệp hài lòng"),
      doc("vi", "hau-giang", "Hậu Giang thu hút doanh nghiệp"),
    ],
    query: "hậu doanh nghiệp",
    expected: (found) => found[0] === "hau-giang" && found[1] === "hau-het",
  },
  {
    lang: "vi",
    what: "the other way round for the other marks",
    docs: [
      doc("vi", "hau-giang", "Hậu Giang thu hút doanh nghiệp"),
      doc("vi", "hau-het", "Hầu hết doanh nghiệp hài lòng"),
    ],
    query: "hầu",
    expected: (found) => found[0] === "hau-het" && found[1] === "hau-giang",
  },
  {
    lang: "en",
    what: "a Vietnamese place name typed without marks in English",
    docs: [doc("en", "invest", "Investing in Hậu Giang", "Industrial parks of the former province")],
    query: "Hau Giang",
    expected: (found) => found[0] === "invest",
  },
  {
    lang: "ja",
    what: "a word inside a title written without spaces",
    docs: [doc("ja", "parks", "ハウザン省の工業団地を紹介"), doc("ja", "rice", "国際コメ祭り")],
    query: "工業団地",
    expected: (found) => found.length === 1 && found[0] === "parks",
  },
  {
    lang: "ja",
    what: "a part of a longer word (its character pairs)",
    docs: [doc("ja", "parks", "ハウザン省の工業団地を紹介")],
    query: "団地",
    expected: (found) => found[0] === "parks",
  },
  {
    lang: "zh-Hans",
    what: "a word inside a title written without spaces",
    docs: [doc("zh-Hans", "conf", "2022年后江省投资促进会议"), doc("zh-Hans", "rice", "国际大米节")],
    query: "投资",
    expected: (found) => found.length === 1 && found[0] === "conf",
  },
  {
    lang: "zh-Hans",
    what: "two words of the query, each found inside the title",
    docs: [doc("zh-Hans", "conf", "2022年后江省投资促进会议"), doc("zh-Hans", "park", "工业园区投资机会")],
    query: "促进会议",
    expected: (found) => found.length === 1 && found[0] === "conf",
  },
  {
    lang: "ko",
    what: "a noun with another particle than the text's",
    docs: [doc("ko", "smile", "아오바바 축제 ‘허우장의 미소’"), doc("ko", "other", "껀터시")],
    query: "허우장에서",
    expected: (found) => found.length === 1 && found[0] === "smile",
  },
  {
    lang: "ko",
    what: "a noun with a particle, the text's bare",
    docs: [doc("ko", "park", "동푸 2 산업단지 투자 안내")],
    query: "산업단지를",
    expected: (found) => found[0] === "park",
  },
  {
    lang: "fr",
    what: "a query without accents",
    docs: [doc("fr", "fete", "La fête de l’été à Vị Thanh"), doc("fr", "other", "Les fêtes du Têt")],
    query: "fete ete",
    expected: (found) => found.length === 1 && found[0] === "fete",
  },
];

describe.each(CASES.map((c) => [`${c.lang}: ${c.what}`, c] as const))("%s", (_name, c) => {
  it("is found with the language's handling", () => {
    const found = ids(analyzerFor(c.lang), c.docs, c.query);
    expect(c.expected(found), JSON.stringify(found)).toBe(true);
  });

  it("is not found with a naive tokenizer (the handling is what finds it)", () => {
    const found = ids(naiveAnalyzer, c.docs, c.query);
    expect(c.expected(found), JSON.stringify(found)).toBe(false);
  });
});

describe("forms", () => {
  it("folds Latin diacritics and đ, and leaves kana and Hangul whole", () => {
    expect(fold("Hậu Giang, Đồng Tháp, Vị Thanh")).toBe("Hau Giang, Dong Thap, Vi Thanh");
    expect(fold("développement")).toBe("developpement");
    expect(fold("ガイド")).toBe("ガイド");
    expect(fold("허우장")).toBe("허우장");
  });

  it("reads Vietnamese typed decomposed (NFD) as the same word", () => {
    const found = ids(analyzerFor("vi"), [doc("vi", "hg", "Hậu Giang")], "Hậu".normalize("NFD"));
    expect(found).toEqual(["hg"]);
  });

  it("strips the Korean particles of the list, keeping two syllables", () => {
    expect(stripKoreanParticle("허우장의")).toBe("허우장");
    expect(stripKoreanParticle("공단에서")).toBe("공단");
    expect(stripKoreanParticle("시장으로")).toBe("시장");
    expect(stripKoreanParticle("나이")).toBeUndefined();
    expect(stripKoreanParticle("Hau")).toBeUndefined();
  });

  it("finds a French word after an elided article (l’, d’)", () => {
    const docs = [doc("fr", "guide", "Guide de l’investissement", "Zones d'activité")];
    expect(ids(analyzerFor("fr"), docs, "investissement")).toEqual(["guide"]);
    expect(ids(analyzerFor("fr"), docs, "activite")).toEqual(["guide"]);
  });

  it("finds a prefix of three letters or more, and a long word one typo away", () => {
    const docs = [doc("en", "parks", "Industrial parks")];
    expect(ids(analyzerFor("en"), docs, "indus")).toEqual(["parks"]);
    expect(ids(analyzerFor("en"), docs, "industral")).toEqual(["parks"]);
    expect(ids(analyzerFor("en"), docs, "xyzzy")).toEqual([]);
  });

  it("requires every word of the query", () => {
    const docs = [doc("en", "a", "Rice festival"), doc("en", "b", "Rice exports")];
    expect(ids(analyzerFor("en"), docs, "rice festival")).toEqual(["a"]);
  });
});

const marked = (segments: Segment[]) => segments.filter((s) => s.mark).map((s) => s.text);

describe("highlighting", () => {
  it("marks the words a folded query matched, as written", () => {
    const index = buildIndexSync(
      [doc("vi", "hg", "Tỉnh Hậu Giang cũ", "Hậu Giang nằm ở đồng bằng")],
      analyzerFor("vi"),
    );
    const [hit] = search(index, "hau giang").hits;
    expect(marked(hit!.title)).toEqual(["Hậu", "Giang"]);
    expect(hit!.title.map((s) => s.text).join("")).toBe("Tỉnh Hậu Giang cũ");
    expect(marked(hit!.snippet)).toEqual(["Hậu", "Giang"]);
  });

  it("marks a CJK word found inside a title", () => {
    const analyzer = analyzerFor("ja");
    const [hit] = search(buildIndexSync([doc("ja", "p", "ハウザン省の工業団地を紹介")], analyzer), "工業団地").hits;
    expect(marked(hit!.title)).toEqual(["工業団地"]);
  });

  it("keeps markup typed into the text as text (the page renders segments as React text)", () => {
    const analyzer = analyzerFor("en");
    const segments = highlight(analyzer, "<script>alert(1)</script> rice", new Set(["script"]));
    expect(segments.map((s) => s.text).join("")).toBe("<script>alert(1)</script> rice");
    expect(marked(segments)).toEqual(["script", "script"]);
  });

  it("cuts a long text around the first match, with ellipses", () => {
    const analyzer = analyzerFor("en");
    const text = `${"lorem ipsum ".repeat(40)}the rice festival ${"dolor sit ".repeat(40)}`;
    const segments = snippet(analyzer, text, new Set(["festival"]));
    const joined = segments.map((s) => s.text).join("");
    expect(joined.startsWith("…")).toBe(true);
    expect(joined.endsWith("…")).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(210);
    expect(marked(segments)).toEqual(["festival"]);
  });

  it("starts at the beginning when only the title matched", () => {
    const segments = snippet(analyzerFor("en"), "A short summary.", new Set(["title"]));
    expect(segments).toEqual([{ text: "A short summary." }]);
  });
});

describe("documentsFor", () => {
  const source: SearchSource = {
    documents: [
      { _id: "a-vi", _type: "article", language: "vi", title: "Bài", slug: "bai", kind: "news", body: "Nội dung" },
      { _id: "a-en", _type: "article", language: "en", title: "Article", slug: "article", kind: "news" },
      { _id: "a-ja", _type: "article", language: "ja", title: "記事", slug: "kiji", kind: "news" },
      { _id: "b-vi", _type: "event", language: "vi", title: "Sự kiện", slug: "su-kien", summary: "Tóm tắt" },
      { _id: "p-vi", _type: "page", language: "vi", title: "Giới thiệu", pageKey: "about" },
      { _id: "p-en", _type: "page", language: "en", title: "About", pageKey: "about" },
      { _id: "h-vi", _type: "page", language: "vi", title: "Trang chủ", pageKey: "home" },
      { _id: "x-vi", _type: "exhibit", language: "vi", title: "Bản đồ", slug: "ban-do", kind: "map" },
      { _id: "pr-vi", _type: "imageProject", language: "vi", title: "Hậu Giang hội tụ", slug: "hoi-tu" },
    ],
    groups: [{ ids: ["a-vi", "a-en", "a-ja"] }],
    indicators: [
      {
        _id: "i1",
        key: "grdp",
        label: [
          { _key: "vi", language: "vi", value: "Tổng sản phẩm" },
          { _key: "en", language: "en", value: "GRDP" },
        ],
      },
    ],
  };

  it("takes each document's version for the language's fallback chain, marking fallbacks", () => {
    const ko = documentsFor(source, ["ko", "en", "vi"]);
    const byId = Object.fromEntries(ko.map((d) => [d.id, d]));
    expect(byId["a-en"]).toMatchObject({ lang: "en", isFallback: true, path: "/news/article", kind: "news" });
    expect(byId["b-vi"]).toMatchObject({ lang: "vi", isFallback: true, path: "/events/su-kien", text: "Tóm tắt" });
    expect(byId["p-en"]).toMatchObject({ path: "/about", kind: "page" });
    expect(byId["h-vi"]).toMatchObject({ path: "/" });
    expect(byId["x-vi"]).toMatchObject({ path: "/exhibition/ban-do", kind: "exhibit" });
    expect(byId["pr-vi"]).toMatchObject({ path: "/project", kind: "project" });
    expect(byId["i1"]).toMatchObject({ title: "GRDP", path: "/economy#grdp", kind: "indicator", isFallback: true });
    // One entry per translation group.
    expect(ko.filter((d) => d.id.startsWith("a-"))).toHaveLength(1);
    expect(ko.filter((d) => d.id.startsWith("p-"))).toHaveLength(1);
  });

  it("takes the reader's own version where it exists", () => {
    const ja = documentsFor(source, ["ja", "en", "vi"]);
    expect(ja.find((d) => d.id.startsWith("a-"))).toMatchObject({ id: "a-ja", isFallback: false });
    const vi = documentsFor(source, ["vi", "en"]);
    expect(vi.find((d) => d.id.startsWith("a-"))).toMatchObject({ id: "a-vi", text: "Nội dung", isFallback: false });
  });
});
