/**
 * What every page loader returns about languages: the paths of this page in each
 * language (a translation's own slug, or the same path showing the fallback) and the
 * languages in which its content really exists (the only ones listed in hreflang).
 */
import { LANGUAGE_IDS, type Lang } from "~/i18n/languages";

export interface PageLanguages {
  /** Path of this page in the requested language. */
  path: string;
  /** Where the switcher leads, for every language. */
  paths: Record<Lang, string>;
  /** Languages in which this page's content exists (hreflang alternates). */
  available: Lang[];
}

export function pageLanguages(
  lang: Lang,
  available: readonly Lang[],
  pathFor: (lang: Lang) => string,
): PageLanguages {
  const paths = Object.fromEntries(LANGUAGE_IDS.map((l) => [l, pathFor(l)])) as Record<Lang, string>;
  return { path: paths[lang], paths, available: LANGUAGE_IDS.filter((l) => available.includes(l)) };
}

/** For pages whose content exists in every language (lists, UI-only pages). */
export function everyLanguage(lang: Lang, rest: string): PageLanguages {
  return pageLanguages(lang, LANGUAGE_IDS, (l) => (rest ? `/${l}/${rest}` : `/${l}`));
}
