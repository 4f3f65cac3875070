import { describe, expect, it } from "vitest";
import {
  formatCompact,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatIndicator,
  formatVnd,
  todayInVietnam,
} from "~/i18n/format";
import { fallbackChain, LANGUAGE_IDS, matchLang } from "~/i18n/languages";
import { requireLang } from "~/i18n/locale.server";
import { href, langFromCookie, langFromPath, negotiateLanguage, parseFallbackOrder } from "~/i18n/routing";

describe("language negotiation for /", () => {
  it("honours q-values and order", () => {
    expect(negotiateLanguage("ja,en;q=0.8")).toBe("ja");
    expect(negotiateLanguage("de;q=1, fr;q=0.5, en;q=0.7")).toBe("en");
  });
  it("maps regional and script variants to the language we publish", () => {
    expect(negotiateLanguage("zh-CN")).toBe("zh-Hans");
    expect(negotiateLanguage("zh-TW")).toBe("zh-Hans");
    expect(negotiateLanguage("fr-CA,fr;q=0.9")).toBe("fr");
    expect(negotiateLanguage("ko-KR")).toBe("ko");
  });
  it("returns nothing for unsupported or empty headers so the caller picks vi", () => {
    expect(negotiateLanguage("de-DE,de;q=0.9")).toBeUndefined();
    expect(negotiateLanguage("")).toBeUndefined();
    expect(negotiateLanguage("en;q=0")).toBeUndefined();
  });
  it("reads the language cookie and ignores unknown values", () => {
    expect(langFromCookie("a=1; lang=ko; b=2")).toBe("ko");
    expect(langFromCookie("lang=xx")).toBeUndefined();
  });
});

describe("the URL decides the language", () => {
  it("takes the first segment, case-insensitively, defaulting to vi", () => {
    expect(langFromPath("/ja/news/x")).toBe("ja");
    expect(langFromPath("/zh-hans")).toBe("zh-Hans");
    expect(langFromPath("/xx/news")).toBe("vi");
    expect(langFromPath("/%E0%A4%A")).toBe("vi");
    expect(matchLang("EN")).toBe("en");
  });
});

describe("links in a language", () => {
  it("prefix a site path with the language, and only once", () => {
    expect(href("ja")).toBe("/ja");
    expect(href("ja", "/")).toBe("/ja");
    expect(href("ja", "/news/x")).toBe("/ja/news/x");
    expect(href("zh-Hans", "invest/opportunities")).toBe("/zh-Hans/invest/opportunities");
    expect(href("en", "/news?page=2")).toBe("/en/news?page=2");
    expect(href("en", "/about#status")).toBe("/en/about#status");
    expect(href("en", "?x=1")).toBe("/en?x=1");
  });
});

describe("the language of a page request", () => {
  const get = (path: string, method = "GET") => ({
    params: { lang: decodeURIComponent(path.split("/")[1]) },
    request: new Request(`http://example.test${path}`, { method }),
  });
  const thrown = (fn: () => unknown): Response => {
    try {
      fn();
    } catch (error) {
      if (error instanceof Response) return error;
      throw error;
    }
    throw new Error("expected a thrown response");
  };

  it("is the $lang parameter, with its content fallback chain", () => {
    expect(requireLang(get("/ja/news"))).toEqual({ lang: "ja", chain: ["ja", "en", "vi"] });
    expect(requireLang(get("/vi"))).toEqual({ lang: "vi", chain: ["vi", "en"] });
  });
  it("redirects a known tag in the wrong case to its one URL, keeping the rest and the query", () => {
    const response = thrown(() => requireLang(get("/zh-hans/news?page=2")));
    expect(response.status).toBe(301);
    expect(response.headers.get("Location")).toBe("/zh-Hans/news?page=2");
    expect(thrown(() => requireLang(get("/EN"))).headers.get("Location")).toBe("/en");
  });
  it("answers 404 for an unknown tag, and for a form posted to a wrong-case URL", () => {
    expect(thrown(() => requireLang(get("/xx/news"))).status).toBe(404);
    expect(thrown(() => requireLang({ params: {}, request: new Request("http://example.test/") })).status).toBe(404);
    expect(thrown(() => requireLang(get("/zh-hans/invest/inquiry", "POST"))).status).toBe(404);
  });
});

describe("fallback chain", () => {
  it("defaults to requested → en → vi without repeats", () => {
    expect(fallbackChain("ja")).toEqual(["ja", "en", "vi"]);
    expect(fallbackChain("en")).toEqual(["en", "vi"]);
    expect(fallbackChain("vi")).toEqual(["vi", "en"]);
  });
  it("is configurable and always ends with the source language", () => {
    expect(fallbackChain("ko", parseFallbackOrder("ja,en"))).toEqual(["ko", "ja", "en", "vi"]);
    expect(parseFallbackOrder("nonsense")).toEqual(["en", "vi"]);
  });
});

describe("Intl formatting", () => {
  it("writes compact VND in each language's words", () => {
    expect(formatVnd("vi", 2.5e12)).toBe("2,5 nghìn tỷ đồng");
    expect(formatVnd("ja", 2.5e12)).toBe("2.5兆ドン");
    expect(formatCompact("en", 2.5e12)).toBe("2.5 trillion");
  });
  it("never shows minor units for VND", () => {
    expect(formatVnd("en", 1234567.89, { compact: false })).toBe("₫1,234,568");
  });
  it("formats indicator units (billion VND, percent)", () => {
    expect(formatIndicator("vi", 58505, "VND_BN")).toBe("58,5 nghìn tỷ đồng");
    expect(formatIndicator("fr", 8.76, "PERCENT")).toMatch(/^8,76\s?%$/);
  });
  it("dates in Vietnam's time zone, not the server's", () => {
    // 23:30 UTC on 30 June is already 1 July in Vietnam.
    expect(formatDate("en", "2025-06-30T23:30:00Z")).toBe("July 1, 2025");
    expect(todayInVietnam(new Date("2025-06-30T23:30:00Z"))).toBe("2025-07-01");
  });
});

describe("dates read the same on the server and in the browser", () => {
  // Node's ICU writes thin spaces around a range's dash and narrow no-break spaces before
  // AM/PM; Chromium's writes plain ones. A difference is a hydration failure.
  it("writes date ranges with plain spaces in every language", () => {
    for (const lang of LANGUAGE_IDS) {
      const range = formatDateRange(lang, "2025-07-05T00:00:00+07:00", "2025-07-06T00:00:00+07:00");
      expect(range).not.toMatch(/[\u2009\u202f]/);
    }
    expect(formatDateRange("vi", "2025-07-05T00:00:00+07:00", "2025-07-06T00:00:00+07:00")).toBe("5 – 6 tháng 7, 2025");
  });
  it("writes times without a narrow no-break space", () => {
    expect(formatDateTime("en", "2025-07-05T09:30:00+07:00")).not.toMatch(/\u202f/);
  });
});
