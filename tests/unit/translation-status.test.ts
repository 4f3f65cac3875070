/**
 * The translation status module on crafted datasets: one source and its translations in
 * each state (current, stale with the changed fields, missing, draft only, identical to
 * source), found through translation.metadata or through the provenance alone.
 */
import { describe, expect, it } from "vitest";
import { provenanceFrom } from "~/translations/fields";
import {
  countsByLanguage,
  failingRows,
  filterRows,
  freshness,
  isIdenticalToSource,
  translationStatus,
  type StatusDocument,
} from "~/translations/status";

const block = (key: string, text: string) => ({
  _key: key,
  _type: "block",
  style: "normal",
  markDefs: [],
  children: [{ _key: `${key}s`, _type: "span", marks: [], text }],
});

const source: StatusDocument = {
  _id: "event-fair-vi",
  _type: "event",
  _rev: "r1",
  _updatedAt: "2026-03-01T00:00:00Z",
  language: "vi",
  title: "Hội chợ",
  venue: "Vị Thanh",
  summary: "Hội chợ thương mại.",
  body: [block("a", "Nội dung.")],
};

const made = (from: StatusDocument, state: "approved" | "needsReview" = "approved") =>
  provenanceFrom(from as StatusDocument & { _rev: string }, { translatedAt: "2026-02-01T00:00:00Z", state });

function translation(lang: string, fields: Partial<StatusDocument> = {}): StatusDocument {
  return {
    _id: `event-fair-${lang}`,
    _type: "event",
    language: lang,
    title: `Fair (${lang})`,
    venue: "Vi Thanh",
    summary: `Trade fair (${lang}).`,
    body: [block("a", `Body (${lang}).`)],
    translation: made(source),
    ...fields,
  };
}

function metadata(langs: string[]): StatusDocument {
  return {
    _id: "tm-event-fair",
    _type: "translation.metadata",
    translations: ["vi", ...langs].map((language) => ({
      _key: language,
      _type: "internationalizedArrayReferenceValue",
      language,
      value: { _type: "reference", _ref: `event-fair-${language}`, _weak: true },
    })),
  };
}

const statusOf = (docs: StatusDocument[], language: string) =>
  translationStatus(docs, { languages: [language] }).find((r) => r.sourceId === source._id)!;

describe("translation status", () => {
  it("is current when the recorded fingerprints match the source", () => {
    const row = statusOf([source, translation("en"), metadata(["en"])], "en");
    expect(row).toMatchObject({ status: "current", documentId: "event-fair-en", state: "approved", published: true });
  });

  it("is stale when the source changed after the translation, naming the changed fields and since when", () => {
    const older = { ...source, summary: "Hội chợ cũ.", venue: "Cần Thơ" };
    const row = statusOf(
      [source, translation("en", { translation: made(older, "needsReview") }), metadata(["en"])],
      "en",
    );
    expect(row).toMatchObject({
      status: "stale",
      staleSince: "2026-03-01T00:00:00Z",
      staleFields: ["venue", "summary"],
      state: "needsReview",
    });
  });

  it("ignores keys: new _key values in the source are no change", () => {
    const rekeyed = {
      ...source,
      body: [{ ...block("zz", "Nội dung."), children: [{ ...block("zz", "Nội dung.").children[0], _key: "q" }] }],
    };
    expect(statusOf([rekeyed, translation("en"), metadata(["en"])], "en").status).toBe("current");
  });

  it("is missing when no version exists in that language", () => {
    expect(statusOf([source, translation("en"), metadata(["en"])], "ja")).toMatchObject({
      status: "missing",
      published: false,
      hasDraft: false,
    });
  });

  it("is draft only when only a drafts. version exists", () => {
    const draft = { ...translation("ja"), _id: "drafts.event-fair-ja" };
    expect(statusOf([source, draft, metadata(["ja"])], "ja")).toMatchObject({
      status: "draftOnly",
      documentId: "event-fair-ja",
      hasDraft: true,
      published: false,
    });
  });

  it("is identical when the translatable fields equal the source's (keys aside), draft or published", () => {
    const copy = {
      ...source,
      _id: "event-fair-ko",
      language: "ko",
      body: [block("other", "Nội dung.")],
      translation: made(source),
    };
    expect(statusOf([source, copy, metadata(["ko"])], "ko")).toMatchObject({ status: "identical", published: true });
    const draftCopy = { ...copy, _id: "drafts.event-fair-ko" };
    expect(statusOf([source, draftCopy, metadata(["ko"])], "ko")).toMatchObject({
      status: "identical",
      published: false,
    });
    expect(isIdenticalToSource(copy, source)).toBe(true);
    expect(isIdenticalToSource(translation("ko"), source)).toBe(false);
  });

  it("judges the published translation, not a pending draft of it", () => {
    const published = translation("en");
    const draft = { ...source, _id: "drafts.event-fair-en", language: "en" };
    expect(statusOf([source, published, draft, metadata(["en"])], "en")).toMatchObject({
      status: "current",
      hasDraft: true,
    });
  });

  it("finds a translation the metadata does not list through its provenance", () => {
    expect(statusOf([source, translation("fr")], "fr").status).toBe("current");
  });

  it("counts a published translation without provenance as stale of unknown origin", () => {
    const row = statusOf([source, translation("en", { translation: undefined }), metadata(["en"])], "en");
    expect(row).toMatchObject({ status: "stale", unknownOrigin: true });
  });

  it("compares with the published source, skipping draft-only sources", () => {
    const sourceDraft = { ...source, _id: "drafts.event-fair-vi", summary: "Đang sửa." };
    expect(statusOf([source, sourceDraft, translation("en"), metadata(["en"])], "en").status).toBe("current");
    const onlyDraft = { ...source, _id: "drafts.event-new-vi" };
    expect(translationStatus([onlyDraft], { languages: ["en"] })).toEqual([]);
  });

  it("counts per language, filters, and fails CI only on published stale or identical rows", () => {
    const older = { ...source, title: "Cũ" };
    const docs = [
      source,
      translation("en"),
      translation("ja", { translation: made(older) }),
      { ...source, _id: "drafts.event-fair-ko", language: "ko" },
      metadata(["en", "ja", "ko"]),
    ];
    const rows = translationStatus(docs);
    expect(countsByLanguage(rows).get("ja")).toMatchObject({ total: 1, stale: 1 });
    expect(countsByLanguage(rows).get("fr")).toMatchObject({ total: 1, missing: 1 });
    expect(filterRows(rows, { statuses: ["missing"] }).map((r) => r.language)).toEqual(["zh-Hans", "fr"]);
    expect(failingRows(rows).map((r) => `${r.language}:${r.status}`)).toEqual(["ja:stale"]);
  });

  it("tells the site whether one translation is stale", () => {
    expect(freshness(made(source), source)).toEqual({ stale: false });
    expect(freshness(made({ ...source, title: "Cũ" }), source)).toEqual({
      stale: true,
      since: "2026-03-01T00:00:00Z",
      fields: ["title"],
      translatedAt: "2026-02-01T00:00:00Z",
    });
    expect(freshness(undefined, source)).toEqual({ stale: false });
  });
});
