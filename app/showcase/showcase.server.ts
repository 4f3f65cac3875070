/**
 * Loaders of the showcase pages: the image-building project (/project) and the digital
 * exhibition (/exhibition, /exhibition/list, /exhibition/{slug}). Each picks the version
 * for the reader's chain and says when it falls back (docs/decisions/0015).
 */
import { bodyView, imageView, type ImageFields } from "~/content/images";
import { bodyHtml } from "~/content/body-html.server";
import { getContentSource, loadQuery } from "~/content/load.server";
import { EXHIBITION_QUERY, EXHIBIT_QUERY, IMAGE_PROJECT_QUERY } from "~/content/queries";
import { languagesOf, localizeList, mapShown, pickVersion } from "~/content/translations";
import { SOURCE_LANG } from "~/i18n/languages";
import type { RequestLanguage } from "~/i18n/locale.server";
import { pageLanguages } from "~/i18n/page-languages.server";
import { href } from "~/i18n/routing";
import { documentPage, requireSlug } from "~/pages/document-page.server";
import { translationNotice } from "~/pages/translation-notice.server";
import { notFound } from "~/utils/responses";

/** Where a related news item or event lives on the site. */
const SECTION_OF: Record<string, string> = { article: "news", event: "events" };

/** The project page: the version for the chain, its pillars' news and events in the reader's language. */
export async function loadProject({ lang, chain }: RequestLanguage, today: string) {
  const result = await loadQuery(IMAGE_PROJECT_QUERY, { source: SOURCE_LANG });
  const shown = pickVersion(result?.versions, chain);
  if (!shown) throw notFound();
  const languages = pageLanguages(lang, languagesOf(result?.versions), (l) => href(l, "project"));
  if (shown.isFallback) languages.path = languages.paths[shown.lang];
  const notice = translationNotice(shown, "project", "project");
  const config = getContentSource().imageConfig;
  const project = mapShown(notice.shown, (p) => ({
    ...p,
    body: bodyHtml(bodyView(p.body, config)),
    pillars: (p.pillars ?? []).map((pillar) => ({
      key: pillar._key,
      title: pillar.title,
      text: pillar.text,
      // A reference to a deleted document resolves to null; an unknown type has no page.
      related: localizeList(
        (pillar.related ?? []).filter((r) => !!r && SECTION_OF[r._type]),
        chain,
      ).map(({ source, shown: item }) => ({
        id: source._id,
        type: source._type as "article" | "event",
        path: `/${SECTION_OF[source._type]}/${encodeURIComponent(item.value.slug)}`,
        title: item.value.title,
        date: item.value._type === "event" ? item.value.startsAt : item.value.publishedAt,
        lang: item.lang,
        isFallback: item.isFallback,
      })),
    })),
    milestones: (p.milestones ?? []).map((m) => ({ ...m, reached: m.date <= today })),
  }));
  return { project, stale: notice.stale, languages };
}

type ExhibitVersion = {
  image?: ImageFields | null;
  illustration?: boolean | null;
};

/** An exhibit's image as the page draws it, with whether it is an illustration (never a scan). */
function withExhibitImage<T extends ExhibitVersion>(exhibit: T) {
  const { image, illustration, ...rest } = exhibit;
  const view = imageView(image, getContentSource().imageConfig, "natural");
  // An image with no flag counts as an illustration: the label errs on the side of saying so.
  return { ...rest, image: view, illustration: view ? illustration !== false : false };
}

/** The exhibition: its introduction and every exhibit, each in the best language of the chain. */
export async function loadExhibition({ lang, chain }: RequestLanguage, rest: "exhibition" | "exhibition/list") {
  const result = await loadQuery(EXHIBITION_QUERY, { source: SOURCE_LANG });
  const shown = pickVersion(result?.versions, chain);
  if (!result || !shown) throw notFound();
  const languages = pageLanguages(lang, languagesOf(result.versions), (l) => href(l, rest));
  if (shown.isFallback) languages.path = languages.paths[shown.lang];
  const config = getContentSource().imageConfig;
  const exhibition = mapShown(shown, (e) => ({ ...e, body: bodyHtml(bodyView(e.body, config)) }));
  const exhibits = localizeList(
    (result.exhibits ?? []).filter((e) => !!e),
    chain,
  ).map(({ source, shown: item }) => ({ id: source._id, ...mapShown(item, (v) => withExhibitImage(v)) }));
  return { exhibition, exhibits, languages };
}

/** One exhibit by slug: 404 when no exhibit has it, a redirect to the reader's own slug when translated. */
export async function loadExhibit({ lang, chain }: RequestLanguage, rawSlug: string | undefined) {
  const slug = requireSlug(rawSlug);
  const result = await loadQuery(EXHIBIT_QUERY, { slug, lang });
  const { shown, languages } = documentPage(result, { lang, chain, slug, section: "exhibition" });
  const notice = translationNotice(shown, "exhibition");
  return { exhibit: mapShown(notice.shown, (v) => withExhibitImage(v)), stale: notice.stale, languages };
}
