// HTTP behaviour of the production server: language redirects, 404s, and the language metadata of every page.
import { describe, expect, inject, it } from "vitest";
import { LANGUAGE_IDS } from "../../app/i18n/languages";
import { LANG_COOKIE } from "../../app/i18n/routing";
import { ARTICLE_WITH_JA, PAGES } from "../pages";

const baseUrl = inject("baseUrl");

function get(path: string, headers: Record<string, string> = {}) {
  return fetch(baseUrl + path, { headers, redirect: "manual" });
}

/** Attributes of every `<name …>` start tag; React writes well-formed, quoted attributes. */
function tags(html: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const [, attrs] of html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, "gi"))) {
    const record: Record<string, string> = {};
    for (const [, key, , dq, sq, bare] of attrs.matchAll(/([^\s=/>]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      record[key.toLowerCase()] = decodeEntities(dq ?? sq ?? bare ?? "");
    }
    found.push(record);
  }
  return found;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

function varyTokens(response: Response): string[] {
  return (response.headers.get("vary") ?? "").split(",").map((t) => t.trim().toLowerCase());
}

async function expectRedirect(headers: Record<string, string>, to: string) {
  const response = await get("/", headers);
  expect(response.status).toBe(302);
  expect(new URL(response.headers.get("location")!, baseUrl).pathname).toBe(to);
  expect(varyTokens(response)).toEqual(expect.arrayContaining(["cookie", "accept-language"]));
}

async function expectNotFoundPage(path: string) {
  const response = await get(path);
  expect(response.status, path).toBe(404);
  expect(response.headers.get("content-type"), path).toMatch(/^text\/html/);
  const html = await response.text();
  expect(tags(html, "html")[0]?.lang, path).toBeTruthy();
  expect(html, path).toMatch(/<h1\b/);
}

describe("/ redirects to a language", () => {
  it("follows the language cookie", () => expectRedirect({ cookie: `${LANG_COOKIE}=ko` }, "/ko"));
  it("prefers the cookie over Accept-Language", () =>
    expectRedirect({ cookie: `${LANG_COOKIE}=fr`, "accept-language": "ja" }, "/fr"));
  it("ignores a cookie naming no language and uses Accept-Language", () =>
    expectRedirect({ cookie: `${LANG_COOKIE}=xx`, "accept-language": "en" }, "/en"));
  it("takes the best Accept-Language match", () => expectRedirect({ "accept-language": "ja,en;q=0.8" }, "/ja"));
  it("honours q-values over order", () => expectRedirect({ "accept-language": "en;q=0.5, ko;q=0.9" }, "/ko"));
  it("maps zh-CN to zh-Hans", () => expectRedirect({ "accept-language": "zh-CN" }, "/zh-Hans"));
  it("maps fr-CA to fr", () => expectRedirect({ "accept-language": "fr-CA" }, "/fr"));
  it("falls back to Vietnamese for unsupported languages", () =>
    expectRedirect({ "accept-language": "de-DE,de;q=0.9" }, "/vi"));
  it("falls back to Vietnamese with no preference", () => expectRedirect({}, "/vi"));
});

describe("a language tag in the wrong case", () => {
  it.each([
    ["/zh-hans", "/zh-Hans"],
    ["/zh-hans/news?page=2", "/zh-Hans/news?page=2"],
    ["/EN/invest/opportunities?sector=industry", "/en/invest/opportunities?sector=industry"],
    // Resource routes read the language the same way as pages.
    ["/Ja/invest/opportunities.csv", "/ja/invest/opportunities.csv"],
  ])("%s redirects (301) to %s", async (path, to) => {
    const response = await get(path);
    expect(response.status, path).toBe(301);
    expect(response.headers.get("location"), path).toBe(to);
  });
});

describe("not found", () => {
  it("answers an unknown language prefix with the 404 page", () => expectNotFoundPage("/xx/news"));
  it("answers a malformed percent-encoding with the 404 page, not a 400 or 500", () =>
    expectNotFoundPage("/%E0%A4%A/"));
  it("answers a missing article slug with 404", () => expectNotFoundPage("/vi/news/no-such-article"));
  it("answers a missing article slug in another language with 404", () =>
    expectNotFoundPage("/ja/news/no-such-article"));
  it("answers a missing event slug with 404", () => expectNotFoundPage("/en/events/no-such-event"));
});

describe("every page", () => {
  it.each(PAGES.map((p) => [p.label, p] as const))(
    "%s: one <title> in the head, the page's own",
    async (_label, visit) => {
      const html = await get(visit.path).then((r) => r.text());
      const head = html.slice(0, html.indexOf("</head>"));
      expect(head.match(/<title>/g), visit.path).toHaveLength(1);
    },
  );

  it.each(PAGES.map((p) => [p.label, p] as const))(
    "%s: status, <html lang>, canonical, hreflang",
    async (_label, visit) => {
      const response = await get(visit.path);
      expect(response.status, visit.path).toBe(visit.type.status);
      const html = await response.text();

      const htmlTags = tags(html, "html");
      expect(htmlTags, visit.path).toHaveLength(1);
      expect(htmlTags[0].lang, visit.path).toBe(visit.lang);

      const alternates = visit.type.alternates;
      if (!alternates) return;

      const links = tags(html, "link");
      const canonical = links.filter((l) => l.rel?.toLowerCase() === "canonical");
      expect(canonical, `${visit.path}: one canonical`).toHaveLength(1);
      expect(new URL(canonical[0].href).protocol, visit.path).toMatch(/^https?:$/);

      const hreflang = links.filter((l) => l.rel?.toLowerCase() === "alternate" && l.hreflang);
      const announced = hreflang.map((l) => l.hreflang);
      expect([...announced].sort(), `${visit.path}: hreflang set`).toEqual([...alternates, "x-default"].sort());
      for (const link of hreflang) {
        // Absolute URLs: search engines ignore relative hreflang targets.
        const target = new URL(link.href);
        if (link.hreflang === "x-default") continue;
        const lang = LANGUAGE_IDS.find((l) => l === link.hreflang)!;
        // Query included: it is part of the page's address (`/search?q=…`, `/news?section=press`).
        expect(decodeURIComponent(target.pathname + target.search), `${visit.path}: hreflang ${lang}`).toBe(
          visit.type.path(lang),
        );
      }
      // A page whose content exists in this language is its own canonical.
      if (alternates.includes(visit.lang)) {
        const url = new URL(canonical[0].href);
        expect(decodeURIComponent(url.pathname + url.search), visit.path).toBe(visit.path);
      }
    },
  );

  it("links each translation of an article under its own slug", async () => {
    const html = await (await get(`/vi/news/${ARTICLE_WITH_JA.get("vi")!.slug}`)).text();
    const ja = tags(html, "link").find((l) => l.rel === "alternate" && l.hreflang === "ja");
    expect(decodeURIComponent(new URL(ja!.href).pathname)).toBe(`/ja/news/${ARTICLE_WITH_JA.get("ja")!.slug}`);
  });
});
