/**
 * Parameters for every page-level query, drawn from the dataset under test so that the
 * parity checks and the benchmark ask questions with real answers (an existing slug, a
 * language with and without translations) as well as ones with empty answers.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PAGE_LEVEL_QUERIES } from "../../app/content/queries";
import { SOURCE_LANG } from "../../app/i18n/languages";
import { filtersToQueryParams } from "../../app/investment/opportunity-filters";

export type QueryName = keyof typeof PAGE_LEVEL_QUERIES;

interface Doc {
  _id: string;
  _type: string;
  language?: string;
  slug?: { current?: string };
  pageKey?: string;
}

export const FIXTURE_DATASET = fileURLToPath(new URL("../fixtures/content-dataset", import.meta.url));
export const DEMO_DATASET = fileURLToPath(new URL("../../studio/seed/production.ndjson", import.meta.url));
export const demoDatasetExists = existsSync(DEMO_DATASET);

/** A fixed "today" keeps upcoming/past event splits stable between runs. */
export const SAMPLE_TODAY = "2025-11-26";

function published(docs: readonly Doc[], type: string): Doc[] {
  return docs.filter((d) => d._type === type && !d._id.includes(".") && typeof d.slug?.current === "string");
}

/** Each query with the parameter sets to try, labelled for test names. */
export function sampleParams(
  docs: readonly Doc[],
): Array<{ name: QueryName; label: string; params: Record<string, unknown> }> {
  const out: Array<{ name: QueryName; label: string; params: Record<string, unknown> }> = [];
  out.push({ name: "SITE_SETTINGS_QUERY", label: "no params", params: {} });
  out.push({
    name: "SITEMAP_QUERY",
    label: "source language",
    params: { source: SOURCE_LANG, types: ["article", "event", "investmentOpportunity", "industrialPark"] },
  });
  // The home and page queries return every language version; the loader picks one.
  out.push({ name: "HOME_QUERY", label: "sample day", params: { source: SOURCE_LANG, today: SAMPLE_TODAY } });
  out.push({ name: "HOME_QUERY", label: "before every event", params: { source: SOURCE_LANG, today: "2000-01-01" } });
  const pageKeys = [...new Set(docs.filter((d) => d._type === "page" && d.pageKey).map((d) => d.pageKey!))];
  for (const pageKey of [...pageKeys, "no-such-page"]) {
    out.push({ name: "PAGE_QUERY", label: pageKey, params: { pageKey } });
  }
  out.push({ name: "NEWS_LIST_QUERY", label: "first page", params: { source: SOURCE_LANG, start: 0, end: 10 } });
  out.push({ name: "NEWS_LIST_QUERY", label: "second page", params: { source: SOURCE_LANG, start: 2, end: 4 } });
  out.push({ name: "NEWS_LIST_QUERY", label: "past the end", params: { source: SOURCE_LANG, start: 1000, end: 1010 } });
  for (const [name, type] of [
    ["ARTICLE_QUERY", "article"],
    ["EVENT_QUERY", "event"],
  ] as const) {
    const all = published(docs, type);
    const picks = [
      all.find((d) => d.language === SOURCE_LANG),
      all.find((d) => d.language !== SOURCE_LANG),
      all.filter((d) => d.language === SOURCE_LANG).at(-1),
    ].filter((d): d is Doc => !!d);
    for (const doc of picks) {
      for (const lang of ["vi", "en", "ko"] as const) {
        out.push({ name, label: `${doc.slug!.current} as ${lang}`, params: { slug: doc.slug!.current, lang } });
      }
    }
    out.push({ name, label: "unknown slug", params: { slug: "khong-ton-tai", lang: "vi" } });
  }
  // investment queries
  {
    const none = filtersToQueryParams({ sort: "newest" });
    const every = filtersToQueryParams({
      sector: "industry",
      location: "chauThanh",
      form: "fdi",
      status: "open",
      minHa: 1,
      maxHa: 5000,
      minCapital: 1,
      maxCapital: 1000,
      sort: "capitalDesc",
    });
    out.push({ name: "OPPORTUNITY_LIST_QUERY", label: "no filters", params: { source: SOURCE_LANG, ...none } });
    out.push({ name: "OPPORTUNITY_LIST_QUERY", label: "every filter", params: { source: SOURCE_LANG, ...every } });
    for (const sort of ["capitalAsc", "sizeDesc", "sizeAsc"] as const) {
      out.push({
        name: "OPPORTUNITY_LIST_QUERY",
        label: `sorted ${sort}`,
        params: { source: SOURCE_LANG, ...none, sort },
      });
    }
    out.push({
      name: "OPPORTUNITY_LIST_QUERY",
      label: "status closed",
      params: { source: SOURCE_LANG, ...none, status: "closed" },
    });
    out.push({
      name: "OPPORTUNITY_LIST_QUERY",
      label: "form ppp (no match)",
      params: { source: SOURCE_LANG, ...none, form: "ppp" },
    });
    out.push({ name: "PARK_LIST_QUERY", label: "source language", params: { source: SOURCE_LANG } });
    for (const [name, type] of [
      ["OPPORTUNITY_QUERY", "investmentOpportunity"],
      ["PARK_QUERY", "industrialPark"],
    ] as const) {
      const all = published(docs, type);
      const picks = [all.find((d) => d.language === SOURCE_LANG), all.find((d) => d.language !== SOURCE_LANG)].filter(
        (d): d is Doc => !!d,
      );
      for (const doc of picks) {
        for (const lang of ["vi", "ja"] as const) {
          out.push({ name, label: `${doc.slug!.current} as ${lang}`, params: { slug: doc.slug!.current, lang } });
        }
      }
      out.push({ name, label: "unknown slug", params: { slug: "khong-ton-tai", lang: "en" } });
    }
  }
  // economy queries
  out.push({ name: "INDICATORS_QUERY", label: "all", params: {} });
  const indicatorKeys = docs
    .filter((d) => d._type === "economicIndicator" && !d._id.includes("."))
    .map((d) => (d as Doc & { key?: string }).key);
  for (const key of [indicatorKeys[0], indicatorKeys.at(-1), "noSuchIndicator"]) {
    if (key) out.push({ name: "INDICATOR_QUERY", label: key, params: { key } });
  }
  out.push({ name: "MAP_POINTS_QUERY", label: "source language", params: { source: SOURCE_LANG } });
  // prospectus queries
  out.push({ name: "PROSPECTUS_QUERY", label: "source language", params: { source: SOURCE_LANG } });
  out.push({ name: "PROSPECTUS_QUERY", label: "a language with no source documents", params: { source: "ko" } });
  // inquiry queries
  out.push({ name: "INQUIRY_OPPORTUNITIES_QUERY", label: "source language", params: { source: SOURCE_LANG } });
  // press and feeds
  for (const kind of ["news", "pressRelease"] as const) {
    out.push({ name: "NEWS_SECTION_QUERY", label: kind, params: { source: SOURCE_LANG, kind, start: 0, end: 6 } });
  }
  out.push({
    name: "NEWS_SECTION_QUERY",
    label: "past the end",
    params: { source: SOURCE_LANG, kind: "news", start: 1000, end: 1006 },
  });
  for (const [lang, kind] of [
    ["vi", null],
    ["en", "news"],
    ["fr", "pressRelease"],
    ["ja", "news"],
  ] as const) {
    out.push({ name: "FEED_QUERY", label: `${lang} ${kind ?? "all"}`, params: { lang, kind, limit: 20 } });
  }
  out.push({ name: "PRESS_ROOM_QUERY", label: "source language", params: { source: SOURCE_LANG, limit: 5 } });
  // UI-string overrides
  out.push({ name: "UI_STRING_OVERRIDES_QUERY", label: "all", params: {} });
  // showcase queries
  out.push({ name: "IMAGE_PROJECT_QUERY", label: "source language", params: { source: SOURCE_LANG } });
  out.push({ name: "EXHIBITION_QUERY", label: "source language", params: { source: SOURCE_LANG } });
  {
    const exhibits = published(docs, "exhibit");
    const picks = [exhibits.find((d) => d.language === SOURCE_LANG), exhibits.find((d) => d.language !== SOURCE_LANG)];
    for (const doc of picks.filter((d): d is Doc => !!d)) {
      for (const lang of ["vi", "ja"] as const) {
        out.push({
          name: "EXHIBIT_QUERY",
          label: `${doc.slug!.current} as ${lang}`,
          params: { slug: doc.slug!.current, lang },
        });
      }
    }
    out.push({ name: "EXHIBIT_QUERY", label: "unknown slug", params: { slug: "khong-ton-tai", lang: "vi" } });
  }
  // search
  out.push({ name: "SEARCH_DOCUMENTS_QUERY", label: "everything indexed", params: {} });
  // events queries
  out.push({ name: "EVENT_LIST_QUERY", label: "every kind", params: { source: SOURCE_LANG, kind: null } });
  out.push({ name: "EVENT_LIST_QUERY", label: "kind culture", params: { source: SOURCE_LANG, kind: "culture" } });
  out.push({
    name: "EVENT_LIST_QUERY",
    label: "kind trade (no match)",
    params: { source: SOURCE_LANG, kind: "trade" },
  });
  out.push({ name: "EVENT_TIMES_QUERY", label: "every kind", params: { source: SOURCE_LANG, kind: null } });
  out.push({ name: "EVENT_TIMES_QUERY", label: "kind culture", params: { source: SOURCE_LANG, kind: "culture" } });
  out.push({
    name: "EVENT_ENTRIES_QUERY",
    label: "two events by id, one unknown",
    params: {
      ids: ["event-mekong-delta-marathon-2025-vi", "event-international-rice-festival-2023-vi", "no-such-event"],
    },
  });
  return out;
}
