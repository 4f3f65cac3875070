/**
 * The Studio's view of the one language list (app/i18n/languages.ts). Only the shape
 * changes here: the plugins want `{id, title}`; the codes and their order come from the site.
 */
import { LANGUAGES, SOURCE_LANG, type Lang } from "../app/i18n/languages";

export { SOURCE_LANG, type Lang };

export const studioLanguages: { id: Lang; title: string }[] = LANGUAGES.map(({ id, title, englishTitle }) => ({
  id,
  title: title === englishTitle ? title : `${title} · ${englishTitle}`,
}));

export const languageIds: Lang[] = studioLanguages.map((l) => l.id);
