/**
 * The browser's i18next: the language comes from <html lang> (set by the server from
 * the URL), and only the namespaces the page's routes declare (<html
 * data-i18n-namespaces>, from their `handle.i18n`) are fetched from
 * /locales/:lang/:ns.json before hydration. Loading the target language before a client
 * navigation completes (root clientLoader) avoids a flash of the old language; a
 * namespace a newly matched route needs is loaded while the old page stays on screen
 * (`useRouteNamespaces` suspends the navigation's transition until it is there).
 */
import { useEffect } from "react";
import { NAMESPACES, type Namespace } from "./config";
import { matchLang, SOURCE_LANG, type Lang } from "./languages";
import { createTranslator, type Translations as I18n } from "./translator";
import { useTranslation } from "./use-translation";

/** Not i18next: the small translator of ./translator, which reads the same JSON (15 KB gzip less per page). */
export const i18n = createTranslator();

let version = "";

/** The namespaces the page on screen uses: a language switch loads these first. */
let shown: readonly Namespace[] = ["common"];

export function localesUrl(lang: Lang, ns: Namespace, v = version) {
  return `/locales/${lang}/${ns}.json${v ? `?v=${v}` : ""}`;
}

const loading = new Map<string, Promise<void>>();
/** Namespaces whose file could not be fetched: shown with i18next's fallback instead of waiting forever. */
const failed = new Set<string>();

/** Fetches the namespaces of `lang` that are not loaded yet (a few KB each, cached immutably by version). */
export function loadNamespaces(instance: I18n, lang: Lang, namespaces: readonly Namespace[]): Promise<void> {
  return Promise.all(
    namespaces
      .filter((ns) => !instance.hasResourceBundle(lang, ns) && !failed.has(`${lang}/${ns}`))
      .map((ns) => {
        const key = `${lang}/${ns}`;
        let pending = loading.get(key);
        if (!pending) {
          pending = fetch(localesUrl(lang, ns))
            .then(async (response) => {
              if (!response.ok) throw new Error(`Could not load UI strings ${ns} for ${lang}: ${response.status}`);
              instance.addResourceBundle(lang, ns, await response.json(), true, true);
            })
            .catch((error: unknown) => {
              failed.add(key);
              console.error(error);
            })
            .finally(() => loading.delete(key));
          loading.set(key, pending);
        }
        return pending;
      }),
  ).then(() => undefined);
}

/** Before a navigation to another language completes: the strings of the page on screen, then switch. */
export async function ensureLanguage(lang: Lang): Promise<void> {
  await loadNamespaces(i18n, lang, shown);
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
}

/**
 * For the document (root Layout): the page's namespaces must be loaded before it renders.
 * On the server every namespace is in memory, so this never waits there; in the browser a
 * missing one suspends the render (a navigation keeps the old page on screen) until it is.
 */
export function useRouteNamespaces(lang: Lang, namespaces: readonly Namespace[]): void {
  const { i18n: instance } = useTranslation();
  const missing = namespaces.filter((ns) => !instance.hasResourceBundle(lang, ns) && !failed.has(`${lang}/${ns}`));
  if (missing.length) throw loadNamespaces(instance, lang, missing);
  const key = namespaces.join(" ");
  useEffect(() => {
    shown = key.split(" ") as Namespace[];
  }, [key]);
}

export async function initClientI18n(): Promise<void> {
  const root = document.documentElement;
  const lang = matchLang(root.lang) ?? SOURCE_LANG;
  version = root.dataset.stringsVersion ?? "";
  const declared = (root.dataset.i18nNamespaces ?? "").split(" ");
  shown = NAMESPACES.filter((ns) => ns === "common" || declared.includes(ns));
  await loadNamespaces(i18n, lang, shown);
  await i18n.changeLanguage(lang);
}
