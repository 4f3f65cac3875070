/**
 * Choosing which language version of a document (or which entry of a field-level
 * internationalized array) to show, following the fallback chain. A fallback is
 * always reported, so that the page can say so and mark the text with its real lang.
 */
import { isLang, type Lang } from "~/i18n/languages";

export interface Shown<T> {
  value: T;
  /** The language of the text actually shown. */
  lang: Lang;
  /** True when `lang` is not the requested language. */
  isFallback: boolean;
}

/** The best version for the chain (requested language first), or null when none exists. */
export function pickVersion<T extends { language?: string | null }>(
  versions: readonly (T | null | undefined)[] | null | undefined,
  chain: readonly Lang[],
): Shown<T> | null {
  const present = (versions ?? []).filter((v): v is T => !!v && isLang(v.language));
  for (const lang of chain) {
    const found = present.find((v) => v.language === lang);
    if (found) return { value: found, lang, isFallback: lang !== chain[0] };
  }
  return null;
}

/** The languages in which a document really exists (for hreflang and the switcher). */
export function languagesOf(versions: readonly ({ language?: string | null } | null | undefined)[] | null | undefined): Lang[] {
  const langs = new Set<Lang>();
  for (const v of versions ?? []) if (v && isLang(v.language)) langs.add(v.language);
  return [...langs];
}

/**
 * An internationalized array: one `{language, value}` entry per language. Data written
 * before version 5 of the plugin named the language in `_key` instead; both are read, so
 * a Content Lake dataset can be migrated while the site runs.
 */
export type LocalizedArray<V = string> = readonly { _key: string; language?: string | null; value?: V | null }[] | null | undefined;

/** A field-level translation (internationalized array) for the chain. */
export function pickLocalized<V = string>(field: LocalizedArray<V>, chain: readonly Lang[]): Shown<V> | null {
  for (const lang of chain) {
    const entry = field?.find((e) => (e.language ?? e._key) === lang);
    if (entry && entry.value != null && entry.value !== "") {
      return { value: entry.value, lang, isFallback: lang !== chain[0] };
    }
  }
  return null;
}
