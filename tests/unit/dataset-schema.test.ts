/**
 * The demo dataset (studio/seed/production.ndjson) must be importable into the Studio
 * as it is: every document matches the extracted Studio schema (studio/schema.json) and
 * the rules of docs/content-model.md. The first block proves on small fixtures that the
 * validator can fail; the second runs it over the real dataset.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { LANGUAGE_IDS, SOURCE_LANG } from "../../app/i18n/languages";
import { DOCUMENT_LEVEL_TYPE_NAMES, schemaTypes } from "../../studio/schemaTypes";
import {
  collectFieldFormats,
  isDraft,
  validateDataset,
  type DatasetRules,
  type Doc,
  type SchemaEntry,
} from "./support/dataset-validator";

// The schema modules only need Sanity's `define*` helpers, which return their argument;
// loading the whole Studio package for them would cost ~15 s per run.
vi.mock("sanity", () => ({
  defineType: <T>(definition: T) => definition,
  defineField: <T>(definition: T) => definition,
  defineArrayMember: <T>(definition: T) => definition,
  getPublishedId: (id: string) => id.replace(/^drafts\./, ""),
}));

const SCHEMA_PATH = fileURLToPath(new URL("../../studio/schema.json", import.meta.url));
const DATASET_PATH = fileURLToPath(new URL("../../studio/seed/production.ndjson", import.meta.url));
const SEED_DIR = fileURLToPath(new URL("../../studio/seed/", import.meta.url));

function loadSchema(): SchemaEntry[] {
  if (!existsSync(SCHEMA_PATH)) {
    throw new Error(
      "studio/schema.json is missing: run `npm run schema:extract` first (it is generated from studio/schemaTypes).",
    );
  }
  return JSON.parse(readFileSync(SCHEMA_PATH, "utf8")) as SchemaEntry[];
}

function loadDataset(): Doc[] {
  if (!existsSync(DATASET_PATH)) {
    throw new Error("studio/seed/production.ndjson is missing: build the demo dataset first (see studio/seed/).");
  }
  return readFileSync(DATASET_PATH, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => {
      try {
        return JSON.parse(line) as Doc;
      } catch (error) {
        throw new Error(`production.ndjson line ${index + 1} is not JSON: ${(error as Error).message}`);
      }
    });
}

const rules: DatasetRules = {
  languages: LANGUAGE_IDS,
  documentLevelTypes: DOCUMENT_LEVEL_TYPE_NAMES,
  formats: collectFieldFormats(schemaTypes as never),
};

// --- Fixtures: the smallest documents that satisfy the content model -----------------------

const person: Doc = { _id: "person-desk", _type: "person", name: "Investment desk" };

function article(overrides: Partial<Doc> = {}): Doc {
  return {
    _id: "article-fair-vi",
    _type: "article",
    language: SOURCE_LANG,
    title: "Hội chợ",
    slug: { _type: "slug", current: "hoi-cho" },
    kind: "news",
    publishedAt: "2025-07-01T08:00:00Z",
    excerpt: "Tóm tắt.",
    body: [
      {
        _key: "b1",
        _type: "block",
        style: "normal",
        markDefs: [{ _key: "l1", _type: "link", href: "https://example.org" }],
        children: [{ _key: "s1", _type: "span", text: "Xem", marks: ["l1"] }],
      },
    ],
    sources: [{ _key: "s1", _type: "source", title: "Cổng thông tin", accessed: "2025-07-02" }],
    ...overrides,
  };
}

function indicator(overrides: Partial<Doc> = {}): Doc {
  return {
    _id: "indicator-grdp",
    _type: "economicIndicator",
    key: "grdp",
    label: [{ _key: SOURCE_LANG, _type: "internationalizedArrayStringValue", language: SOURCE_LANG, value: "GRDP" }],
    unit: "VND_BN",
    series: [
      { _key: "y2024", _type: "observation", year: 2024, value: 1, source: { _type: "source", title: "Cục Thống kê" } },
    ],
    ...overrides,
  };
}

describe("dataset validator (fixtures)", () => {
  let schema: SchemaEntry[];
  beforeAll(() => {
    schema = loadSchema();
  });
  const check = (...docs: Doc[]) => validateDataset(schema, docs, rules);

  it("accepts documents that follow the content model", () => {
    expect(check(article(), indicator(), person)).toEqual([]);
  });

  it("reports a missing required field", () => {
    const { excerpt: _removed, ...withoutExcerpt } = article();
    expect(check(withoutExcerpt as Doc)).toEqual(["article-fair-vi excerpt: required field is missing"]);
  });

  it("reports a required field missing inside a named object", () => {
    const problems = check(indicator({ series: [{ _key: "y2024", _type: "observation", year: 2024, value: 1 }] }));
    expect(problems).toEqual([`indicator-grdp series[_key=="y2024"].source: required field is missing`]);
  });

  it("reports a value of the wrong type", () => {
    expect(check(indicator({ unit: "VND_BN", order: "first" }))).toEqual([
      `indicator-grdp order: expected a number, got string "first"`,
    ]);
  });

  it("reports a value outside a list of options", () => {
    expect(check(article({ kind: "blog" }))).toEqual([
      `article-fair-vi kind: string "blog" is not one of news, pressRelease`,
    ]);
  });

  it("reports dates and datetimes in the wrong format", () => {
    const problems = check(
      article({
        publishedAt: "2025-07-01",
        sources: [{ _key: "s1", _type: "source", title: "Cổng", accessed: "2 July 2025" }],
      }),
    );
    expect(problems).toEqual([
      `article-fair-vi publishedAt: expected a datetime, got "2025-07-01"`,
      `article-fair-vi sources[_key=="s1"].accessed: expected a date, got "2 July 2025"`,
    ]);
  });

  it("reports a field the schema does not know", () => {
    expect(check(article({ subtitle: "x" }))).toEqual(["article-fair-vi subtitle: field is not in the schema"]);
  });

  it("reports a dangling strong reference but allows a dangling weak one", () => {
    const settings = (contact: Record<string, unknown>): Doc => ({
      _id: "siteSettings",
      _type: "siteSettings",
      localityName: [
        { _key: SOURCE_LANG, _type: "internationalizedArrayStringValue", language: SOURCE_LANG, value: "Hậu Giang" },
      ],
      statusNote: [{ _key: SOURCE_LANG, _type: "internationalizedArrayTextValue", language: SOURCE_LANG, value: "…" }],
      agency: {
        name: [
          { _key: SOURCE_LANG, _type: "internationalizedArrayStringValue", language: SOURCE_LANG, value: "Trung tâm" },
        ],
        address: [
          { _key: SOURCE_LANG, _type: "internationalizedArrayTextValue", language: SOURCE_LANG, value: "Vị Thanh" },
        ],
      },
      contacts: [{ _key: "c1", _type: "reference", ...contact }],
    });
    expect(check(settings({ _ref: "person-gone" }), person)).toEqual([
      `siteSettings contacts[_key=="c1"]: reference to missing document "person-gone"`,
    ]);
    expect(check(settings({ _ref: "person-gone", _weak: true }), person)).toEqual([]);
    expect(check(settings({ _ref: "person-desk" }), person)).toEqual([]);
  });

  it("reports a reference to a document of the wrong type", () => {
    const inquiry: Doc = {
      _id: "inquiry.1",
      _type: "inquiry",
      reference: "HG-1",
      status: "new",
      opportunity: { _type: "reference", _ref: "person-desk", _weak: true },
    };
    expect(check(inquiry, person)).toEqual([
      `inquiry.1 opportunity: reference to "person-desk" points at a person, expected investmentOpportunity`,
    ]);
  });

  it("reports a duplicate slug within one language but allows it across languages and drafts", () => {
    const english = article({ _id: "article-fair-en", language: "en" });
    const draft = article({ _id: "drafts.article-fair-vi" });
    expect(check(article(), english, draft)).toEqual([]);

    const twin = article({ _id: "article-other-vi" });
    expect(check(article(), twin)).toEqual([
      `slug article [vi] "hoi-cho" is used by article-fair-vi, article-other-vi`,
    ]);
  });

  it("reports language codes that are not in the language list", () => {
    const problems = check(
      article({ language: "zh" }),
      indicator({ label: [{ _key: "de", _type: "internationalizedArrayStringValue", language: "de", value: "BIP" }] }),
    );
    expect(problems).toEqual([
      `article-fair-vi language: language "zh" is not in the language list`,
      `indicator-grdp label: translation language "de" is not in the language list`,
    ]);
  });

  it("reports links with schemes the Studio rejects", () => {
    const body = article().body as { markDefs: { href: string }[] }[];
    body[0].markDefs[0].href = "javascript:alert(1)";
    expect(check(article({ body }))).toEqual([
      `article-fair-vi body[_key=="b1"].markDefs[_key=="l1"]: link "javascript:alert(1)" is not http(s), mailto or tel`,
    ]);
  });

  it("reports unknown document types and malformed ids", () => {
    expect(check({ _id: "x", _type: "post" }, { ...person, _id: "person desk" })).toEqual([
      `x _type: unknown document type "post"`,
      `person desk _id: invalid _id "person desk"`,
    ]);
  });
});

// --- The demo dataset --------------------------------------------------------------------

describe("demo dataset studio/seed/production.ndjson", () => {
  let schema: SchemaEntry[];
  let docs: Doc[];
  beforeAll(() => {
    schema = loadSchema();
    docs = loadDataset();
  });

  it("matches the Studio schema and the content model", () => {
    expect(validateDataset(schema, docs, rules)).toEqual([]);
  });

  it("contains at least one draft, so preview can be tested", () => {
    expect(docs.filter((d) => isDraft(d._id)).map((d) => d._id)).not.toEqual([]);
  });

  it("starts every translated document group in the source language", () => {
    const metadata = docs.filter((d) => d._type === "translation.metadata");
    const withoutSource = metadata
      .filter((m) => !((m.translations as { _key: string }[] | undefined) ?? []).some((t) => t._key === SOURCE_LANG))
      .map((m) => m._id);
    expect(withoutSource).toEqual([]);
  });

  it("ships every referenced image file", () => {
    const assets = new Set<string>();
    JSON.stringify(docs, (key, value: unknown) => {
      if (key === "_sanityAsset" && typeof value === "string") assets.add(value);
      return value;
    });
    const missing = [...assets]
      .map((asset) => asset.replace(/^(image|file)@file:\/\/\.\//, ""))
      .filter((relative) => !existsSync(`${SEED_DIR}${relative}`));
    expect(missing).toEqual([]);
  });
});
