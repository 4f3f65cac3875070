/**
 * The glossary of place names: one form per language for every place the site names in
 * its own UI strings, the map and its list. tests/unit/place-names.test.ts fails when a
 * string in locales/<lang>/*.json writes a glossary place in another form (another
 * language's, or Vietnamese without its diacritics), so "旧Hậu Giang省" on one page and
 * "旧ハウザン省" on the next cannot happen again.
 *
 * The rule (docs/decisions/0018-place-name-glossary.md):
 * - vi, en, fr: the Vietnamese name with its diacritics ("Cần Thơ city", "Vị Thanh");
 *   only the Mekong Delta has an established exonym in en and fr.
 * - ja: katakana (JETRO and the Japanese foreign ministry write ハウザン省, カントー市);
 *   ko: Hangul (허우장, 껀터, as KOTRA); zh-Hans: the Chinese names (后江, 芹苴).
 * - In ja, ko and zh-Hans a district or town, less known than the province, is given with
 *   the Vietnamese in parentheses where it is named on its own (a list, a table cell, a
 *   heading): `withSource`. Running text and the small map labels use the name alone.
 *
 * Pure data, no imports but the language list: the browser, the server and the Studio can
 * all use it.
 */
import type { Lang } from "./languages";

export type PlaceForms = Readonly<Record<Lang, string>>;

/** Province, city and region. */
const REGION = {
  hauGiang: { vi: "Hậu Giang", en: "Hậu Giang", fr: "Hậu Giang", ja: "ハウザン", ko: "허우장", "zh-Hans": "后江" },
  canTho: { vi: "Cần Thơ", en: "Cần Thơ", fr: "Cần Thơ", ja: "カントー", ko: "껀터", "zh-Hans": "芹苴" },
  mekongDelta: {
    vi: "Đồng bằng sông Cửu Long",
    en: "Mekong Delta",
    fr: "delta du Mékong",
    ja: "メコンデルタ",
    ko: "메콩델타",
    "zh-Hans": "湄公河三角洲",
  },
} as const satisfies Record<string, PlaceForms>;

/** Districts and towns of the former province (2020–2024 units); keys as app/content/vocabulary.ts DISTRICTS. */
const DISTRICT_NAMES = {
  viThanh: { vi: "Vị Thanh", en: "Vị Thanh", fr: "Vị Thanh", ja: "ヴィタイン", ko: "비타인", "zh-Hans": "渭清" },
  ngaBay: { vi: "Ngã Bảy", en: "Ngã Bảy", fr: "Ngã Bảy", ja: "ガーバイ", ko: "응아바이", "zh-Hans": "七岔" },
  longMy: { vi: "Long Mỹ", en: "Long Mỹ", fr: "Long Mỹ", ja: "ロンミー", ko: "롱미", "zh-Hans": "隆美" },
  chauThanh: {
    vi: "Châu Thành",
    en: "Châu Thành",
    fr: "Châu Thành",
    ja: "チャウタイン",
    ko: "쩌우타인",
    "zh-Hans": "周城",
  },
  chauThanhA: {
    vi: "Châu Thành A",
    en: "Châu Thành A",
    fr: "Châu Thành A",
    ja: "チャウタインA",
    ko: "쩌우타인A",
    "zh-Hans": "周城A",
  },
  phungHiep: {
    vi: "Phụng Hiệp",
    en: "Phụng Hiệp",
    fr: "Phụng Hiệp",
    ja: "フンヒエップ",
    ko: "풍히엡",
    "zh-Hans": "奉协",
  },
  viThuy: { vi: "Vị Thủy", en: "Vị Thủy", fr: "Vị Thủy", ja: "ヴィトゥイ", ko: "비투이", "zh-Hans": "渭水" },
} as const satisfies Record<string, PlaceForms>;

/** Neighbouring provinces drawn on the map for context. */
const NEIGHBOURS = {
  socTrang: { vi: "Sóc Trăng", en: "Sóc Trăng", fr: "Sóc Trăng", ja: "ソクチャン", ko: "속짱", "zh-Hans": "朔庄" },
  kienGiang: {
    vi: "Kiên Giang",
    en: "Kiên Giang",
    fr: "Kiên Giang",
    ja: "キエンザン",
    ko: "끼엔장",
    "zh-Hans": "坚江",
  },
  bacLieu: { vi: "Bạc Liêu", en: "Bạc Liêu", fr: "Bạc Liêu", ja: "バクリエウ", ko: "박리에우", "zh-Hans": "薄辽" },
  vinhLong: { vi: "Vĩnh Long", en: "Vĩnh Long", fr: "Vĩnh Long", ja: "ヴィンロン", ko: "빈롱", "zh-Hans": "永隆" },
} as const satisfies Record<string, PlaceForms>;

export const PLACE_NAMES = { ...REGION, ...DISTRICT_NAMES, ...NEIGHBOURS } as const;
export type PlaceKey = keyof typeof PLACE_NAMES;
export type DistrictPlaceKey = keyof typeof DISTRICT_NAMES;
export const PLACE_KEYS = Object.keys(PLACE_NAMES) as PlaceKey[];

/**
 * Spellings seen in sources and older strings that are not the glossary's form in any
 * language: Vietnamese without diacritics (what the boundary files' `name_en` holds) and
 * other transcriptions. The test refuses them in every language.
 */
export const PLACE_MISSPELLINGS: Readonly<Partial<Record<PlaceKey, readonly string[]>>> = {
  hauGiang: ["Hau Giang", "ホウザン", "ハウジャン"],
  canTho: ["Can Tho", "깐토"],
  mekongDelta: ["delta du Mekong"],
  viThanh: ["Vi Thanh", "ビタイン"],
  ngaBay: ["Nga Bay"],
  longMy: ["Long My"],
  chauThanh: ["Chau Thanh"],
  phungHiep: ["Phung Hiep"],
  viThuy: ["Vi Thuy", "ビトゥイ"],
  socTrang: ["Soc Trang", "ソクトラン"],
  kienGiang: ["Kien Giang"],
  bacLieu: ["Bac Lieu"],
  vinhLong: ["Vinh Long", "ビンロン"],
};

/** Languages whose glossary form is not the Vietnamese one: they add it in parentheses in `withSource`. */
const NEEDS_SOURCE: ReadonlySet<Lang> = new Set(["ja", "ko", "zh-Hans"]);

/** The place's name in `lang`: in running text, on the map. */
export function placeName(key: PlaceKey, lang: Lang): string {
  return PLACE_NAMES[key][lang];
}

/**
 * The name with the Vietnamese in parentheses where the language needs it ("ヴィタイン（Vị
 * Thanh）", "비타인(Vị Thanh)"), else the name: for a place named on its own, where a
 * reader may need the Vietnamese to match a sign, an address or a document.
 */
export function placeNameWithSource(key: PlaceKey, lang: Lang): string {
  const name = PLACE_NAMES[key][lang];
  if (!NEEDS_SOURCE.has(lang)) return name;
  const source = PLACE_NAMES[key].vi;
  // Korean sets parentheses in ASCII without a space; Japanese and Chinese use full-width ones.
  return lang === "ko" ? `${name}(${source})` : `${name}（${source}）`;
}

/** Every form the glossary allows in `lang`, longest first (a test masks them before looking for other forms). */
export function allowedForms(lang: Lang): string[] {
  const forms = PLACE_KEYS.flatMap((key) => [placeName(key, lang), placeNameWithSource(key, lang)]);
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}
