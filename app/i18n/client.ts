/**
 * The browser's i18next: the language comes from <html lang> (set by the server from
 * the URL), strings from /locales/:lang/common.json. Loading a language before a client
 * navigation completes (root clientLoader) avoids a flash of the old language.
 */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { i18nConfig, NAMESPACES, type Namespace } from "./config";
import { matchLang, SOURCE_LANG, type Lang } from "./languages";

export const i18n = i18next.createInstance();

let version = "";

export function localesUrl(lang: Lang, ns: Namespace, v = version) {
  return `/locales/${lang}/${ns}.json${v ? `?v=${v}` : ""}`;
}

/** Every namespace of a language (a few KB each, cached immutably by version). */
export async function ensureLanguage(lang: Lang): Promise<void> {
  await Promise.all(
    NAMESPACES.filter((ns) => !i18n.hasResourceBundle(lang, ns)).map(async (ns) => {
      const response = await fetch(localesUrl(lang, ns));
      if (!response.ok) throw new Error(`Could not load UI strings ${ns} for ${lang}: ${response.status}`);
      i18n.addResourceBundle(lang, ns, await response.json(), true, true);
    }),
  );
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
}

export async function initClientI18n(): Promise<void> {
  const lang = matchLang(document.documentElement.lang) ?? SOURCE_LANG;
  version = document.documentElement.dataset.stringsVersion ?? "";
  await i18n.use(initReactI18next).init({ ...i18nConfig, lng: lang, resources: {} });
  await ensureLanguage(lang);
}
