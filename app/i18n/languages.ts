/**
 * The one list of languages. The site, the Studio and the tests import it;
 * nothing else may hard-code a language code.
 */
export const LANGUAGES = [
  { id: "vi", title: "Tiếng Việt", englishTitle: "Vietnamese", dir: "ltr" },
  { id: "en", title: "English", englishTitle: "English", dir: "ltr" },
  { id: "ja", title: "日本語", englishTitle: "Japanese", dir: "ltr" },
  { id: "ko", title: "한국어", englishTitle: "Korean", dir: "ltr" },
  { id: "zh-Hans", title: "简体中文", englishTitle: "Chinese (Simplified)", dir: "ltr" },
  { id: "fr", title: "Français", englishTitle: "French", dir: "ltr" },
] as const;

export type Lang = (typeof LANGUAGES)[number]["id"];

/** Vietnamese is the source language: every document starts in it. */
export const SOURCE_LANG: Lang = "vi";

export const LANGUAGE_IDS: readonly Lang[] = LANGUAGES.map((l) => l.id);

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGUAGE_IDS as readonly string[]).includes(value);
}

/** Case-insensitive match of a URL segment to a language tag (e.g. `zh-hans` → `zh-Hans`). */
export function matchLang(segment: string | undefined): Lang | undefined {
  if (!segment) return undefined;
  const lower = segment.toLowerCase();
  return LANGUAGE_IDS.find((id) => id.toLowerCase() === lower);
}

export function languageTitle(lang: Lang): string {
  return LANGUAGES.find((l) => l.id === lang)!.title;
}

/** The writing direction for `<html dir>` (every language we publish today is left-to-right). */
export function languageDir(lang: Lang): "ltr" | "rtl" {
  return LANGUAGES.find((l) => l.id === lang)!.dir;
}

/**
 * Default fallback chain for content that is missing in the requested language:
 * requested → en → vi. Overridable with the CONTENT_FALLBACK environment variable
 * (comma-separated tags), read on the server only (see app/utils/env.server.js).
 */
export const DEFAULT_FALLBACK: readonly Lang[] = ["en", "vi"];

export function fallbackChain(lang: Lang, order: readonly Lang[] = DEFAULT_FALLBACK): Lang[] {
  const chain: Lang[] = [lang];
  for (const l of [...order, SOURCE_LANG]) if (!chain.includes(l)) chain.push(l);
  return chain;
}
