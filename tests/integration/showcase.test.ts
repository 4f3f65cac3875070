// The showcase pages over HTTP: the image-building project's pillars with their news, events
// and sources; every exhibit in the text-only view; illustrations labelled as such; unknown
// exhibit slugs a localized 404 in every language.
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { LANGUAGE_IDS, type Lang } from "../../app/i18n/languages";
import { resources } from "../../app/i18n/resources";
import { DATASET_PATH, EXHIBITS, shownVersion } from "../pages";

const baseUrl = inject("baseUrl");

/**
 * A small reading of server-rendered markup (the project has no HTML parser of its own):
 * elements found by a marker attribute, text with tags dropped and React's entities decoded.
 */
class Fragment {
  constructor(readonly html: string) {}
  /** Each element whose start tag carries `marker`, up to the next such element or `end`. */
  all(marker: string, end = "</ol>"): Fragment[] {
    const starts = [...this.html.matchAll(new RegExp(`<[a-z0-9]+[^>]*${marker}[^>]*>`, "g"))].map((m) => m.index!);
    return starts.map((start, i) => {
      const stop = starts[i + 1] ?? this.html.indexOf(end, start);
      return new Fragment(this.html.slice(start, stop === -1 ? undefined : stop));
    });
  }
  one(marker: string, end?: string): Fragment {
    return this.all(marker, end)[0] ?? new Fragment("");
  }
  /** The first `<tag …>…</tag>` (not nested in itself). */
  tag(name: string): Fragment {
    const m = new RegExp(`<${name}[\\s>][\\s\\S]*?</${name}>`).exec(this.html);
    return new Fragment(m?.[0] ?? "");
  }
  attr(tag: string, name: string): string | null {
    const m = new RegExp(`<${tag}[^>]*\\s${name}="([^"]*)"`).exec(this.html);
    return m ? decode(m[1]) : null;
  }
  attrs(tag: string, name: string): string[] {
    return [...this.html.matchAll(new RegExp(`<${tag}[^>]*\\s${name}="([^"]*)"`, "g"))].map((m) => decode(m[1]));
  }
  get text(): string {
    return decode(this.html.replace(/<[^>]+>/g, " "))
      .replace(/\s+/g, " ")
      .trim();
  }
}
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

async function page(path: string, status = 200): Promise<Fragment> {
  const response = await fetch(baseUrl + path, { redirect: "manual" });
  expect(response.status, path).toBe(status);
  return new Fragment(await response.text());
}

interface Doc {
  _id: string;
  _type: string;
  language?: string;
  title?: string;
  sources?: { title: string }[];
  pillars?: { title: string; related?: { _ref: string }[] }[];
  image?: { illustration?: boolean };
}
const docs: Doc[] = readFileSync(DATASET_PATH, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Doc)
  .filter((d) => !d._id.startsWith("drafts."));
const byId = new Map(docs.map((d) => [d._id, d]));
const showcase = (lang: Lang) => resources[lang].showcase as Record<string, Record<string, string>>;

describe("image-building project page", () => {
  const vi = docs.find((d) => d._type === "imageProject" && d.language === "vi")!;

  it("shows every pillar with its news and events, and the project's sources (vi)", async () => {
    const html = await page("/vi/project");
    const pillars = html.all("data-pillar=");
    expect(pillars.map((p) => p.tag("h3").text)).toEqual(vi.pillars!.map((p) => p.title));
    vi.pillars!.forEach((pillar, i) => {
      const links = pillars[i].all("data-related=", "</ul>").map((li) => li.tag("a"));
      expect(pillar.related!.length).toBeGreaterThan(0);
      expect(links.map((a) => a.text)).toEqual(pillar.related!.map((r) => byId.get(r._ref)!.title));
      for (const a of links) expect(a.attr("a", "href")).toMatch(/^\/vi\/(news|events)\/[a-z0-9-]+$/);
    });
    const sources = html.one('class="sources"', "</aside>").text;
    for (const s of vi.sources!) expect(sources).toContain(s.title);
    expect(html.one("data-project-image=", "</dd>").text).toContain("Hậu Giang hội tụ");
    expect(html.one('class="timeline"').attrs("time", "dateTime")).toEqual(
      (vi as Doc & { milestones: { date: string }[] }).milestones.map((m) => m.date).sort(),
    );
  });

  it("falls back visibly in Japanese and links each pillar's items in their Japanese version where one exists", async () => {
    const html = await page("/ja/project");
    expect(html.html).toContain("data-fallback-notice");
    expect(html.attr("h1", "lang")).toBe("en");
    expect(html.one('id="pillars-title"', "</h2>").text).toBe(showcase("ja").project.pillars);
    const links = html.all("data-related=", "</ul>").map((li) => li.tag("a"));
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.attr("a", "href")).toMatch(/^\/ja\//);
    // The approval article has a Japanese version: its Japanese title is shown, not the fallback's.
    const ja = byId.get("article-image-project-2020-ja");
    expect(ja?.title).toBeTruthy();
    expect(links.map((a) => a.text)).toContain(ja!.title);
  });
});

describe("digital exhibition", () => {
  it.each(LANGUAGE_IDS)(
    "lists every exhibit in the text-only view, with citation and illustration label (%s)",
    async (lang) => {
      const html = await page(`/${lang}/exhibition/list`);
      const items = html.all("data-exhibit-text=");
      expect(items.map((li) => li.tag("h2").text)).toEqual(EXHIBITS.map((g) => shownVersion(g, lang).title));
      for (const li of items) {
        expect(li.html).not.toContain("<img");
        expect(li.tag("cite").text.length).toBeGreaterThan(10);
        expect(li.one("data-illustration-label=", "</strong>").text).toContain(showcase(lang).exhibition.illustration);
      }
    },
  );

  it.each(["vi", "ja"] as const)("labels every gallery image as an illustration, with alt text (%s)", async (lang) => {
    const html = await page(`/${lang}/exhibition`);
    const items = html.all("data-exhibit=", "</ul>");
    expect(items.length).toBe(EXHIBITS.length);
    for (const item of items) {
      expect(item.attr("img", "alt")?.length).toBeGreaterThan(10);
      expect(item.tag("figcaption").one("data-illustration-label=", "</strong>").text).toContain(
        showcase(lang).exhibition.illustration,
      );
      expect(item.tag("h3").attr("a", "href")).toMatch(new RegExp(`^/${lang}/exhibition/[a-z0-9-]+$`));
    }
    expect(html.one("data-text-view-link=", "</a>").attr("a", "href")).toBe(`/${lang}/exhibition/list`);
  });

  it("shows an exhibit's period, origin, citation, sources and illustration label (vi)", async () => {
    const vi = shownVersion(EXHIBITS[0], "vi");
    const doc = byId.get(vi._id) as Doc & { citation: string; origin: string; period: string };
    const html = await page(`/vi/exhibition/${vi.slug}`);
    const facts = html.one('class="exhibit__facts"', "</dl>").text;
    for (const v of [doc.period, doc.origin, doc.citation]) expect(facts).toContain(v);
    const sources = html.one('class="sources"', "</aside>").text;
    for (const s of doc.sources!) expect(sources).toContain(s.title);
    expect(html.tag("figcaption").text).toContain(showcase("vi").exhibition.illustration);
  });

  it.each(LANGUAGE_IDS)("answers an unknown exhibit slug with the localized 404 page (%s)", async (lang) => {
    const html = await page(`/${lang}/exhibition/khong-co-hien-vat-nay`, 404);
    expect(html.attr("html", "lang")).toBe(lang);
    const common = resources[lang].common as Record<string, Record<string, string>>;
    expect(html.tag("h1").text).toBe(common.error.notFoundTitle);
  });
});
