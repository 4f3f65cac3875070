/**
 * What every page loader returns about languages: the paths of this page in each
 * language (a translation's own slug, or the same path showing the fallback) and the
 * languages in which its content really exists (the only ones listed in hreflang).
 */
import { LANGUAGE_IDS, type Lang } from "~/i18n/languages";
import { chainFor } from "./locale.server";
import type { PageLanguages } from "./page-languages";
import { href } from "./routing";

export type { PageLanguages };

export function pageLanguages(lang: Lang, available: readonly Lang[], pathFor: (lang: Lang) => string): PageLanguages {
  const paths = Object.fromEntries(LANGUAGE_IDS.map((l) => [l, pathFor(l)])) as Record<Lang, string>;
  const fallbackOf: Partial<Record<Lang, Lang>> = {};
  for (const l of LANGUAGE_IDS) {
    if (!available.includes(l)) {
      const shown = chainFor(l).find((c) => available.includes(c));
      if (shown) fallbackOf[l] = shown;
    }
  }
  return { path: paths[lang], paths, available: LANGUAGE_IDS.filter((l) => available.includes(l)), fallbackOf };
}

/** For pages whose content exists in every language (lists, UI-only pages). */
export function everyLanguage(lang: Lang, rest: string): PageLanguages {
  return pageLanguages(lang, LANGUAGE_IDS, (l) => href(l, rest));
}
