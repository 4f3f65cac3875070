/**
 * Shared loader logic for a translatable document reached by slug (articles, events):
 * pick the version for the reader's chain, redirect to the requested language's own
 * slug when one exists, and work out the switcher paths and hreflang alternates.
 */
import { redirect } from "@remix-run/node";
import { languagesOf, pickVersion, type Shown } from "~/content/translations";
import type { Lang } from "~/i18n/languages";
import { pageLanguages, type PageLanguages } from "~/i18n/page-languages.server";
import { href } from "~/i18n/routing";
import { notFound } from "~/utils/responses";

interface Version {
  language?: string | null;
  slug: string;
}

export function documentPage<T extends Version>(
  result: { versions?: (T | null)[] | null } | null | undefined,
  { lang, chain, slug, section }: { lang: Lang; chain: Lang[]; slug: string; section: string },
): { shown: Shown<T>; languages: PageLanguages } {
  const versions = (result?.versions ?? []).filter((v): v is T => !!v);
  const shown = pickVersion(versions, chain);
  if (!shown) throw notFound();
  if (!shown.isFallback && shown.value.slug !== slug) {
    throw redirect(href(lang, `${section}/${encodeURIComponent(shown.value.slug)}`), 301);
  }
  const available = languagesOf(versions);
  const slugIn = (l: Lang) => versions.find((v) => v.language === l)?.slug ?? slug;
  const languages = pageLanguages(lang, available, (l) => href(l, `${section}/${encodeURIComponent(slugIn(l))}`));
  // A fallback page is not a translation: its canonical is the version it shows.
  if (shown.isFallback) languages.path = languages.paths[shown.lang];
  return { shown, languages };
}

/** Slugs are ASCII words and hyphens in the demo; anything wild is simply not found. */
export function requireSlug(value: string | undefined): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (!value || value.length > 200 || /[\u0000-\u001f<>"]/.test(value)) throw notFound();
  return value;
}
