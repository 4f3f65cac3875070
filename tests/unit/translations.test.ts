import { describe, expect, it } from "vitest";
import { safeHref } from "~/utils/safe-href";
import { languagesOf, localizeList, pickLocalized, pickVersion } from "~/content/translations";

const versions = [
  { language: "vi", title: "Lễ hội" },
  { language: "en", title: "Festival" },
];

describe("choosing a language version", () => {
  it("shows the requested language when it exists", () => {
    expect(pickVersion(versions, ["en", "vi"])).toEqual({ value: versions[1], lang: "en", isFallback: false });
  });
  it("falls back along the chain and says so", () => {
    expect(pickVersion(versions, ["ja", "en", "vi"])).toMatchObject({ lang: "en", isFallback: true });
    expect(pickVersion([versions[0]], ["ja", "en", "vi"])).toMatchObject({ lang: "vi", isFallback: true });
  });
  it("returns null when nothing in the chain exists, ignoring null versions", () => {
    expect(pickVersion([null, { language: "fr" }], ["ja", "en"])).toBeNull();
  });
  it("lists only languages that really exist", () => {
    expect(languagesOf([...versions, null, { language: "xx" }])).toEqual(["vi", "en"]);
  });
  it("picks field-level translations, skipping empty values", () => {
    const label = [
      { _key: "vi", value: "Tăng trưởng" },
      { _key: "ja", value: "" },
    ];
    expect(pickLocalized(label, ["ja", "en", "vi"])).toEqual({ value: "Tăng trưởng", lang: "vi", isFallback: true });
  });
  it("reads the language from the `language` field, as the Studio now writes it", () => {
    const label = [
      { _key: "k1", language: "vi", value: "Tăng trưởng" },
      { _key: "k2", language: "en", value: "Growth" },
    ];
    expect(pickLocalized(label, ["en", "vi"])).toEqual({ value: "Growth", lang: "en", isFallback: false });
    expect(pickLocalized(label, ["ja", "vi"])).toEqual({ value: "Tăng trưởng", lang: "vi", isFallback: true });
  });
  it("localizes list items through their translations", () => {
    const items = [
      {
        _id: "a",
        language: "vi",
        title: "A-vi",
        translations: [
          { _id: "a", language: "vi", title: "A-vi" },
          { _id: "a-en", language: "en", title: "A-en" },
        ],
      },
    ];
    expect(localizeList(items, ["ko", "en", "vi"]).map(({ shown }) => [shown.lang, shown.value.title])).toEqual([
      ["en", "A-en"],
    ]);
  });
  it("keeps each shown version beside the source document it came from", () => {
    const items = [
      {
        _id: "a",
        language: "vi",
        areaHa: 12,
        translations: [
          { _id: "a", language: "vi" },
          { _id: "a-en", language: "en" },
        ],
      },
      { _id: "b", language: "vi", areaHa: 30, translations: null },
    ];
    expect(
      localizeList(items, ["en", "vi"]).map(({ source, shown }) => [
        source._id,
        source.areaHa,
        shown.value._id,
        shown.isFallback,
      ]),
    ).toEqual([
      ["a", 12, "a-en", false],
      ["b", 30, "b", true],
    ]);
  });
});

describe("Portable Text links", () => {
  it("keeps http, https, mailto and tel", () => {
    expect(safeHref("https://example.org/a")).toBe("https://example.org/a");
    expect(safeHref("mailto:a@example.org")).toBe("mailto:a@example.org");
    expect(safeHref("tel:+84123")).toBe("tel:+84123");
  });
  it("drops javascript:, data: and relative or malformed hrefs", () => {
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref(" JavaScript:alert(1)")).toBeNull();
    expect(safeHref("data:text/html,<script>alert(1)</script>")).toBeNull();
    expect(safeHref("/relative")).toBeNull();
    expect(safeHref(42)).toBeNull();
  });
});
