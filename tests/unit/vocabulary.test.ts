/**
 * The closed vocabularies (app/content/vocabulary.ts) are the one list of what editors
 * can choose. Every stored value must be unique, and every value the site shows must
 * have its label in the UI strings, so a value added for editors can never reach a
 * reader as a raw key. (tests/unit/locales.test.ts keeps the other languages in step
 * with English.)
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as vocabulary from "../../app/content/vocabulary";
import {
  ARTICLE_KINDS,
  DISTRICTS,
  EVENT_KINDS,
  INDICATOR_CATEGORIES,
  INDICATOR_SCOPES,
  INDICATOR_UNITS,
  INVESTMENT_FORMS,
  OPPORTUNITY_STATUSES,
  PARK_STATUSES,
  SECTORS,
  isValueOf,
  titleOf,
  valuesOf,
  type Vocabulary,
} from "../../app/content/vocabulary";

const strings = (ns: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../locales/en/${ns}.json`, import.meta.url)), "utf8")) as Record<
    string,
    unknown
  >;

/** `common:news.kind` → the object of strings at that path. */
function labels(path: string): Record<string, unknown> {
  const [ns, keys] = path.split(":");
  let node: unknown = strings(ns);
  for (const key of keys.split(".")) node = (node as Record<string, unknown> | undefined)?.[key];
  return (node ?? {}) as Record<string, unknown>;
}

const VOCABULARIES = (Object.entries(vocabulary) as [string, unknown][]).filter(
  (entry): entry is [string, Vocabulary] => Array.isArray(entry[1]),
);

describe("closed vocabularies", () => {
  it("are all found", () => {
    expect(VOCABULARIES.map(([name]) => name).sort()).toEqual([
      "ARTICLE_KINDS",
      "CURRENCIES",
      "DATE_PRECISIONS",
      "DISTRICTS",
      "EVENT_KINDS",
      "EXHIBIT_KINDS",
      "INDICATOR_CATEGORIES",
      "INDICATOR_SCOPES",
      "INDICATOR_UNITS",
      "INQUIRY_STATUSES",
      "INVESTMENT_FORMS",
      "OPPORTUNITY_STATUSES",
      "PAGE_KEYS",
      "PARK_STATUSES",
      "SECTORS",
    ]);
  });

  it.each(VOCABULARIES)("%s has unique values and a title for each", (_name, list) => {
    const values = valuesOf(list);
    expect(new Set(values).size).toBe(values.length);
    for (const [value, title] of list) {
      expect(value).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
      expect(title.trim()).not.toBe("");
    }
  });

  it("answer membership and titles for stored values only", () => {
    expect(isValueOf(SECTORS, "agroProcessing")).toBe(true);
    expect(isValueOf(SECTORS, "Agro-processing")).toBe(false);
    expect(isValueOf(SECTORS, undefined)).toBe(false);
    expect(titleOf(DISTRICTS, "chauThanhA")).toBe("Châu Thành A");
    expect(titleOf(DISTRICTS, "toString")).toBeUndefined();
  });

  const SHOWN: [string, Vocabulary, string[]][] = [
    ["SECTORS", SECTORS, ["investment:sector", "prospectus:sectors"]],
    ["DISTRICTS", DISTRICTS, ["investment:location", "prospectus:locations"]],
    ["INVESTMENT_FORMS", INVESTMENT_FORMS, ["investment:form", "prospectus:investmentForms"]],
    ["OPPORTUNITY_STATUSES", OPPORTUNITY_STATUSES, ["investment:status", "prospectus:statuses"]],
    ["PARK_STATUSES", PARK_STATUSES, ["investment:parkStatus", "prospectus:parkStatuses"]],
    ["INDICATOR_UNITS", INDICATOR_UNITS, ["economy:unit"]],
    ["INDICATOR_CATEGORIES", INDICATOR_CATEGORIES, ["economy:category"]],
    ["INDICATOR_SCOPES", INDICATOR_SCOPES, ["economy:scope"]],
    ["ARTICLE_KINDS", ARTICLE_KINDS, ["common:news.kind"]],
    ["EVENT_KINDS", EVENT_KINDS, ["events:kind"]],
  ];

  it.each(SHOWN)("%s: every value has its label in the UI strings", (_name, list, paths) => {
    for (const path of paths) expect(Object.keys(labels(path)).sort(), path).toEqual([...valuesOf(list)].sort());
  });
});
