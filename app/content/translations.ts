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

/** A translatable list item as queried: the source-language document with every language version (itself included). */
export interface Translatable {
  language?: string | null;
  translations?: readonly ({ language?: string | null } | null)[] | null;
}

/** What a list item can show: the source document itself or one of its translations. */
export type VersionOf<S extends Translatable> =
  Omit<S, "translations"> | NonNullable<NonNullable<S["translations"]>[number]>;

/**
 * A list item in the reader's language, with the source-language document it came from:
 * figures, positions and ids shared by every version are read from `source`, text from `shown`.
 */
export interface LocalizedItem<S extends Translatable> {
  source: S;
  shown: Shown<VersionOf<S>>;
}

/** Each list item in the best language of the chain (the source version when none is translated). */
export function localizeList<S extends Translatable>(
  items: readonly S[] | null | undefined,
  chain: readonly Lang[],
): LocalizedItem<S>[] {
  return (items ?? []).flatMap((source) => {
    const { translations, ...self } = source;
    const versions: readonly (VersionOf<S> | null)[] = translations?.length ? translations : [self];
    const shown =
      pickVersion(versions, chain) ??
      (isLang(source.language) ? pickVersion([self], [...chain, source.language]) : null);
    return shown ? [{ source, shown }] : [];
  });
}

/** The same language choice over another value (a view built from the shown version). */
export function mapShown<T, U>(shown: Shown<T>, f: (value: T) => U): Shown<U> {
  return { ...shown, value: f(shown.value) };
}

/** The languages in which a document really exists (for hreflang and the switcher). */
export function languagesOf(
  versions: readonly ({ language?: string | null } | null | undefined)[] | null | undefined,
): Lang[] {
  const langs = new Set<Lang>();
  for (const v of versions ?? []) if (v && isLang(v.language)) langs.add(v.language);
  return [...langs];
}

/**
 * An internationalized array: one `{language, value}` entry per language. Data written
 * before version 5 of the plugin named the language in `_key` instead; both are read, so
 * a Content Lake dataset can be migrated while the site runs.
 */
export type LocalizedArray<V = string> =
  readonly { _key: string; language?: string | null; value?: V | null }[] | null | undefined;

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
