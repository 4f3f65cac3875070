/** Loader logic for the fixed pages (about, contact, privacy): a `page` document by its key. */
import { withImageViews } from "~/content/images.server";
import { loadQuery } from "~/content/load.server";
import { PAGE_QUERY } from "~/content/queries";
import { languagesOf, mapShown, pickVersion } from "~/content/translations";
import type { PageKey } from "~/content/vocabulary";
import type { RequestLanguage } from "~/i18n/locale.server";
import { pageLanguages } from "~/i18n/page-languages.server";
import { href } from "~/i18n/routing";
import { notFound } from "~/utils/responses";
import { translationNotice } from "./translation-notice.server";

export async function loadFixedPage({ lang, chain }: RequestLanguage, pageKey: Exclude<PageKey, "home">) {
  const versions = await loadQuery(PAGE_QUERY, { pageKey });
  const page = pickVersion(versions, chain);
  if (!page) throw notFound();
  const languages = pageLanguages(lang, languagesOf(versions), (l) => href(l, pageKey));
  if (page.isFallback) languages.path = languages.paths[page.lang];
  const { shown, stale } = translationNotice(page, pageKey, pageKey);
  return { page: mapShown(shown, (v) => withImageViews(v)), languages, stale };
}
