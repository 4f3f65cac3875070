/**
 * The UI strings in locales/<lang>/<namespace>.json must stay complete and in step across
 * every language of app/i18n/languages.ts. A missing key would silently show the
 * fallback language (or the raw key) in the middle of a page; a missing plural form
 * would make i18next fall back to the bare key; a lost {{placeholder}} would drop a
 * date or a language name from a sentence.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "../../app/i18n/config";
import { LANGUAGE_IDS } from "../../app/i18n/languages";

/** English is what translators work from, so its placeholders are the contract. */
const REFERENCE_LANG = "en";

const PLURAL_SUFFIXES = ["zero", "one", "two", "few", "many", "other"] as const;
type PluralSuffix = (typeof PLURAL_SUFFIXES)[number];
const PLURAL_KEY = new RegExp(`^(.*)_(${PLURAL_SUFFIXES.join("|")})$`);

type Problem = string;

function localePath(lang: string, ns: string): string {
  return fileURLToPath(new URL(`../../locales/${lang}/${ns}.json`, import.meta.url));
}

/** `{ a: { b: "x" } }` → `{ "a.b": "x" }`; anything that is not a string or an object is a problem. */
function flatten(tree: unknown, lang: string, problems: Problem[], prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  if (typeof tree !== "object" || tree === null || Array.isArray(tree)) {
    problems.push(`${lang}: ${prefix || "the file"} must be an object of strings`);
    return flat;
  }
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === "string") flat.set(key, value);
    else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const [k, v] of flatten(value, lang, problems, key)) flat.set(k, v);
    } else problems.push(`${lang}: ${key} is not a string`);
  }
  return flat;
}

function splitPluralKey(key: string): { base: string; suffix?: PluralSuffix } {
  const match = PLURAL_KEY.exec(key);
  return match ? { base: match[1], suffix: match[2] as PluralSuffix } : { base: key };
}

/**
 * The forms i18next looks up for a cardinal count in this language. `_zero` is not
 * among them: i18next accepts it in any language as an optional override for 0.
 */
function requiredPluralForms(lang: string): PluralSuffix[] {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as PluralSuffix[];
  return PLURAL_SUFFIXES.filter((s) => categories.includes(s) || s === "other");
}

/** `"{{ count }} of {{total}} – {{date, datetime}} {{- raw}}"` → count, total, date, raw. */
function placeholders(text: string): Set<string> {
  const names = new Set<string>();
  for (const [, inner] of text.matchAll(/\{\{([^}]*)\}\}/g)) {
    names.add(
      inner
        .replace(/^\s*-\s*/, "")
        .split(",")[0]
        .trim(),
    );
  }
  return names;
}

/**
 * Every problem across a set of locale trees, one readable line each; an empty list
 * means the set is complete. Used on the real files and on small in-memory sets.
 */
function checkLocales(trees: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const flat = new Map<string, Map<string, string>>();
  for (const [lang, tree] of Object.entries(trees)) flat.set(lang, flatten(tree, lang, problems));

  // Base keys come from ALL languages, so a key added to any one file is demanded of every other.
  const pluralBases = new Set<string>();
  const plainBases = new Set<string>();
  for (const strings of flat.values()) {
    for (const key of strings.keys()) {
      const { base, suffix } = splitPluralKey(key);
      (suffix ? pluralBases : plainBases).add(base);
    }
  }

  const reference = flat.get(REFERENCE_LANG);
  for (const [lang, strings] of flat) {
    for (const base of [...plainBases].sort()) {
      if (pluralBases.has(base)) continue;
      if (!strings.has(base)) problems.push(`${lang}: ${base} is missing`);
    }

    const required = requiredPluralForms(lang);
    for (const base of [...pluralBases].sort()) {
      const present = PLURAL_SUFFIXES.filter((s) => strings.has(`${base}_${s}`));
      for (const suffix of required) {
        if (!present.includes(suffix)) problems.push(`${lang}: ${base}_${suffix} is missing`);
      }
      for (const suffix of present) {
        if (!required.includes(suffix) && suffix !== "zero") {
          problems.push(`${lang}: ${base}_${suffix} is never used (${lang} plural forms: ${required.join(", ")})`);
        }
      }
      if (strings.has(base)) problems.push(`${lang}: ${base} must be split into plural forms, not a single string`);
    }

    for (const [key, text] of strings) {
      if (text.trim() === "") {
        problems.push(`${lang}: ${key} is empty`);
        continue;
      }
      if (!reference || lang === REFERENCE_LANG) continue;
      // A form English lacks (fr `_many`) is held to English `_other`, which every plural key has.
      const { base, suffix } = splitPluralKey(key);
      const source = reference.get(key) ?? (suffix ? reference.get(`${base}_other`) : undefined);
      if (source === undefined) continue;
      const expected = placeholders(source);
      // "No articles" is the point of a `_zero` form, so it may leave the count out.
      if (suffix === "zero") expected.delete("count");
      const actual = placeholders(text);
      for (const name of expected) {
        if (!actual.has(name)) problems.push(`${lang}: ${key} lacks the placeholder {{${name}}}`);
      }
      for (const name of actual) {
        if (!expected.has(name))
          problems.push(`${lang}: ${key} has the placeholder {{${name}}}, which English does not pass`);
      }
    }
  }
  return problems;
}

/** All namespaces of a language as one tree: `{ common: {...}, investment: {...} }`. */
function readLocale(lang: string): unknown {
  return Object.fromEntries(NAMESPACES.map((ns) => [ns, JSON.parse(readFileSync(localePath(lang, ns), "utf8"))]));
}

const hasAllFiles = (lang: string) => NAMESPACES.every((ns) => existsSync(localePath(lang, ns)));

describe("UI string files (locales/<lang>/<namespace>.json)", () => {
  it.each(LANGUAGE_IDS)("%s has a file for every namespace, each parsing as JSON", (lang) => {
    for (const ns of NAMESPACES)
      expect(existsSync(localePath(lang, ns)), `locales/${lang}/${ns}.json exists`).toBe(true);
    expect(() => readLocale(lang)).not.toThrow();
  });

  it.each(LANGUAGE_IDS)(
    "%s has every key of every language, its own plural forms, the English placeholders and no empty strings",
    (lang) => {
      const trees = Object.fromEntries(LANGUAGE_IDS.filter(hasAllFiles).map((l) => [l, readLocale(l)]));
      expect(checkLocales(trees).filter((p) => p.startsWith(`${lang}: `))).toEqual([]);
    },
  );

  it("plural forms follow Intl.PluralRules: French needs one, many and other; Vietnamese and CJK only other", () => {
    expect(requiredPluralForms("fr")).toEqual(["one", "many", "other"]);
    expect(requiredPluralForms("en")).toEqual(["one", "other"]);
    for (const lang of ["vi", "ja", "ko", "zh-Hans"]) expect(requiredPluralForms(lang)).toEqual(["other"]);
  });
});

describe("the locale checker", () => {
  const en = {
    nav: { home: "Home" },
    news: { published: "Published {{date}}", count_one: "{{count}} article", count_other: "{{count}} articles" },
  };

  it("accepts a complete set", () => {
    const fr = {
      nav: { home: "Accueil" },
      news: {
        published: "Publié le {{date}}",
        count_one: "{{count}} article",
        count_many: "{{count}} articles",
        count_other: "{{count}} articles",
      },
    };
    const ja = { nav: { home: "ホーム" }, news: { published: "掲載日：{{date}}", count_other: "{{count}}件の記事" } };
    expect(checkLocales({ en, fr, ja })).toEqual([]);
  });

  it("reports a key that another language has", () => {
    const ja = { nav: {}, news: { published: "掲載日：{{date}}", count_other: "{{count}}件の記事" } };
    const extra = { ...en, footer: { links: "On this site" } };
    expect(checkLocales({ en: extra, ja })).toEqual(["ja: footer.links is missing", "ja: nav.home is missing"]);
  });

  it("reports each plural form the language needs and lacks", () => {
    const fr = {
      nav: { home: "Accueil" },
      news: { published: "Publié le {{date}}", count_other: "{{count}} articles" },
    };
    expect(checkLocales({ en, fr })).toEqual(["fr: news.count_one is missing", "fr: news.count_many is missing"]);
  });

  it("reports a plural key given as one plain string", () => {
    const ja = { nav: { home: "ホーム" }, news: { published: "掲載日：{{date}}", count: "{{count}}件" } };
    expect(checkLocales({ en, ja })).toEqual([
      "ja: news.count_other is missing",
      "ja: news.count must be split into plural forms, not a single string",
    ]);
  });

  it("reports a plural form the language never uses, but allows the optional _zero", () => {
    const ja = {
      nav: { home: "ホーム" },
      news: {
        published: "掲載日：{{date}}",
        count_zero: "記事はありません",
        count_one: "{{count}}件の記事",
        count_other: "{{count}}件の記事",
      },
    };
    expect(checkLocales({ en, ja })).toEqual(["ja: news.count_one is never used (ja plural forms: other)"]);
  });

  it("reports a placeholder the translation dropped or misspelt, including in forms English lacks", () => {
    const fr = {
      nav: { home: "Accueil" },
      news: {
        published: "Publié le {{datum}}",
        count_one: "{{count}} article",
        count_many: "des millions d’articles",
        count_other: "{{count}} articles",
      },
    };
    expect(checkLocales({ en, fr })).toEqual([
      "fr: news.published lacks the placeholder {{date}}",
      "fr: news.published has the placeholder {{datum}}, which English does not pass",
      "fr: news.count_many lacks the placeholder {{count}}",
    ]);
  });

  it("reads i18next placeholder syntax with spaces, formats and the unescaped prefix", () => {
    const de = { nav: { home: "Start" }, news: { ...en.news, published: "Veröffentlicht {{- date, datetime}}" } };
    expect(checkLocales({ en, de }).filter((p) => p.includes("placeholder"))).toEqual([]);
  });

  it("reports empty strings and values that are not strings", () => {
    const ja = { nav: { home: " " }, news: { published: 2024, count_other: "{{count}}件の記事" } };
    expect(checkLocales({ en, ja })).toEqual([
      "ja: news.published is not a string",
      "ja: news.published is missing",
      "ja: nav.home is empty",
    ]);
  });
});
