/**
 * One form of each place name per language (app/i18n/place-names.ts): no UI string in
 * locales/<lang>/*.json may write a glossary place in another form, whether another
 * language's ("Hậu Giang" on a Japanese page, where the glossary says ハウザン) or
 * Vietnamese without its diacritics ("Vi Thanh"). The district labels that name one place
 * on their own (`location.*`, `locations.*`) must be exactly the glossary's form with the
 * Vietnamese where the language needs it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DISTRICTS } from "../../app/content/vocabulary";
import { LANGUAGE_IDS, type Lang } from "../../app/i18n/languages";
import {
  PLACE_KEYS,
  PLACE_MISSPELLINGS,
  PLACE_NAMES,
  allowedForms,
  placeNameWithSource,
  type PlaceKey,
} from "../../app/i18n/place-names";

const LOCALES = fileURLToPath(new URL("../../locales/", import.meta.url));

function strings(tree: unknown, prefix = ""): [string, string][] {
  if (typeof tree === "string") return [[prefix, tree]];
  if (typeof tree !== "object" || tree === null) return [];
  return Object.entries(tree).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

function localeStrings(lang: Lang): { file: string; key: string; value: string }[] {
  return readdirSync(`${LOCALES}${lang}`)
    .filter((f) => f.endsWith(".json"))
    .flatMap((file) =>
      strings(JSON.parse(readFileSync(`${LOCALES}${lang}/${file}`, "utf8"))).map(([key, value]) => ({
        file: `${lang}/${file}`,
        key,
        value,
      })),
    );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Forms of `key` that `lang` must not use: every other language's, and the known misspellings. */
function foreignForms(key: PlaceKey, lang: Lang): string[] {
  const own = new Set([PLACE_NAMES[key][lang], placeNameWithSource(key, lang)]);
  const others = [...Object.values(PLACE_NAMES[key]), ...(PLACE_MISSPELLINGS[key] ?? [])];
  return [...new Set(others)].filter((form) => !own.has(form));
}

/**
 * Where `value` writes a glossary place in a form `lang` does not use. The allowed forms
 * are masked first (longest first), so "Châu Thành A" is not read as "Châu Thành", and
 * "ヴィタイン（Vị Thanh）" not as the Vietnamese form. Latin forms match whatever their case
 * ("Delta du Mékong" opening a phrase).
 */
export function wrongPlaceNames(value: string, lang: Lang): { key: PlaceKey; form: string }[] {
  let masked = value.normalize("NFC");
  for (const form of allowedForms(lang)) masked = masked.replace(new RegExp(escape(form), "giu"), "\u0000");
  return PLACE_KEYS.flatMap((key) =>
    foreignForms(key, lang)
      .filter((form) => new RegExp(escape(form), "iu").test(masked))
      .map((form) => ({ key, form })),
  );
}

describe("the place-name glossary", () => {
  it("covers every district of the vocabulary", () => {
    for (const [district] of DISTRICTS) expect(PLACE_KEYS).toContain(district);
  });

  it("writes the Vietnamese forms with their diacritics, in NFC", () => {
    for (const key of PLACE_KEYS) {
      for (const lang of LANGUAGE_IDS) expect(PLACE_NAMES[key][lang]).toBe(PLACE_NAMES[key][lang].normalize("NFC"));
      for (const wrong of PLACE_MISSPELLINGS[key] ?? []) expect(Object.values(PLACE_NAMES[key])).not.toContain(wrong);
    }
  });

  it("finds another language's form, and not its own (self-check of the rule below)", () => {
    expect(wrongPlaceNames("2024年までの数値は旧Hậu Giang省のものです。", "ja")).toEqual([
      { key: "hauGiang", form: "Hậu Giang" },
    ]);
    expect(wrongPlaceNames("2024年までの数値は旧ハウザン省のものです。", "ja")).toEqual([]);
    expect(wrongPlaceNames("ヴィタイン（Vị Thanh）、チャウタインA（Châu Thành A）", "ja")).toEqual([]);
    expect(wrongPlaceNames("Vi Thanh", "en")).toEqual([{ key: "viThanh", form: "Vi Thanh" }]);
    expect(wrongPlaceNames("Ville de Cần Thơ · Delta du Mékong", "fr")).toEqual([]);
    expect(wrongPlaceNames("Cần Thơ city · Mekong Delta", "fr")).toEqual([
      { key: "mekongDelta", form: "Mekong Delta" },
    ]);
  });
});

/**
 * Strings that quote Vietnamese on purpose, in every language: the search hint shows what a
 * reader may type ("hau giang" finds "Hậu Giang"), and the image the project seeks is its
 * Vietnamese slogan, "Hậu Giang hội tụ", glossed in the reader's language.
 */
const QUOTES_VIETNAMESE = new Set(["search.json hint", "showcase.json project.imageValue"]);

describe.each(LANGUAGE_IDS)("UI strings in %s", (lang) => {
  const all = localeStrings(lang).filter(
    ({ file, key }) => !QUOTES_VIETNAMESE.has(`${file.replace(/^.*\//, "")} ${key}`),
  );

  it("write every glossary place in the glossary's form", () => {
    const problems = all.flatMap(({ file, key, value }) =>
      wrongPlaceNames(value, lang).map(
        (w) => `${file} ${key}: "${w.form}" should be "${PLACE_NAMES[w.key][lang]}" (${value})`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it("name each district on its own with the glossary's form and its Vietnamese where needed", () => {
    const labels = all.filter(({ key }) => /^locations?\.[a-zA-Z]+$/.test(key));
    expect(labels.length).toBeGreaterThan(0);
    for (const { file, key, value } of labels) {
      const district = key.split(".")[1] as PlaceKey;
      expect(PLACE_KEYS, `${file} ${key}`).toContain(district);
      expect(value, `${file} ${key}`).toBe(placeNameWithSource(district, lang));
    }
  });
});
