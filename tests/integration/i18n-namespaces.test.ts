// A page names, in <html data-i18n-namespaces>, the UI-string namespaces its routes declare; the browser fetches those and no others before hydrating.
import { describe, expect, inject, it } from "vitest";
import { NAMESPACES } from "../../app/i18n/config";
import { PAGE_TYPES, PAGES } from "../pages";

const baseUrl = inject("baseUrl");

/** What the page tells the browser to fetch. */
async function namespacesOf(path: string): Promise<string[]> {
  const html = await fetch(baseUrl + path).then((r) => r.text());
  const attribute = /<html\b[^>]*\bdata-i18n-namespaces="([^"]*)"/.exec(html)?.[1];
  expect(attribute, path).toBeDefined();
  return attribute!.split(" ");
}

/** Every page type and what it needs beyond `common`: its own words only. */
const EXPECTED: Record<string, string[]> = {
  home: [],
  news: ["press"],
  article: [],
  "article-fallback": [],
  event: ["events"],
  events: ["events"],
  about: [],
  contact: [],
  privacy: [],
  accessibility: [],
  "not-found": [],
  invest: ["investment"],
  opportunities: ["investment"],
  opportunity: ["investment"],
  "industrial-parks": ["investment"],
  "industrial-park": ["investment"],
  economy: ["economy"],
  "invest-map": ["economy"],
  inquiry: ["inquiry"],
  prospectus: ["prospectus"],
  search: ["search"],
  project: ["showcase"],
  exhibition: ["showcase"],
  "exhibition-text": ["showcase"],
  exhibit: ["showcase"],
  press: ["press"],
  "news-section": ["press"],
};

describe("UI-string namespaces per page", () => {
  it("has an expectation for every page type", () => {
    expect(PAGE_TYPES.map((t) => t.name).filter((name) => !(name in EXPECTED))).toEqual([]);
  });

  it.each(PAGES.filter((p) => p.lang === "vi" || p.lang === "ja").map((p) => [p.label, p] as const))(
    "%s loads common and its own namespaces only",
    async (_label, visit) => {
      expect(await namespacesOf(visit.path)).toEqual(["common", ...EXPECTED[visit.type.name]]);
    },
  );

  it("no page loads every namespace (the about page loads one)", async () => {
    expect(NAMESPACES.length).toBeGreaterThan(2);
    expect(await namespacesOf("/en/about")).toHaveLength(1);
  });

  it("an error page loads common only, whatever the matched route declares", async () => {
    expect(await namespacesOf("/xx/invest")).toEqual(["common"]);
    expect(await namespacesOf("/en/invest/opportunities/no-such-opportunity")).toEqual(["common"]);
  });

  it("every namespace a page names can be fetched in its language", async () => {
    for (const ns of await namespacesOf("/ko/invest/inquiry")) {
      const response = await fetch(`${baseUrl}/locales/ko/${ns}.json`);
      expect(response.status, ns).toBe(200);
    }
  });
});
