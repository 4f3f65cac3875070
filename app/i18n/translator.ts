/**
 * The browser's translator: the part of i18next this site's UI strings use (nested keys,
 * `ns:key`, `{{name}}` interpolation, plurals by `count` with Intl.PluralRules, `defaultValue`),
 * in a few hundred bytes instead of i18next's 15 KB gzip. The server keeps i18next (staff
 * overrides fork its store); both read the same locales/ JSON, and tests/unit/translator.test.ts
 * checks that they say the same thing for every key, so hydration sees identical text.
 */
import { i18nConfig } from "./config";

export type TranslateOptions = Record<string, unknown> & { count?: number; defaultValue?: string; ns?: string };
export type Translate = (key: string, options?: TranslateOptions) => string;

type Bundle = Record<string, unknown>;

/** What app/i18n/use-translation.ts needs of an instance: this translator in the browser, i18next on the server. */
export interface Translations {
  language: string;
  getFixedT(lng: string | null, ns?: string): Translate;
  hasResourceBundle(lng: string, ns: string): boolean;
  addResourceBundle(lng: string, ns: string, bundle: Bundle, deep?: boolean, overwrite?: boolean): unknown;
  changeLanguage(lng: string): Promise<unknown>;
  on(event: "languageChanged", listener: (lng: string) => void): unknown;
  off(event: "languageChanged", listener: (lng: string) => void): unknown;
}

function lookup(bundle: Bundle | undefined, key: string): unknown {
  let node: unknown = bundle;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Bundle)[part];
  }
  return node;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lng: string, count: number): string {
  let rules = pluralRules.get(lng);
  if (!rules) pluralRules.set(lng, (rules = new Intl.PluralRules(lng)));
  return rules.select(count);
}

function interpolate(text: string, options: TranslateOptions | undefined): string {
  // `{{name}}` and i18next's unescaped `{{- name}}`; escapeValue is off on both sides (React escapes).
  return text.replace(/\{\{-?\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    const value = options ? lookup(options, name) : undefined;
    return value === undefined || value === null ? whole : String(value);
  });
}

export function createTranslator(): Translations {
  const store: Record<string, Record<string, Bundle>> = {};
  const listeners = new Set<(lng: string) => void>();
  const fallback = i18nConfig.fallbackLng;

  function find(lng: string, ns: string, key: string, count: number | undefined): string | undefined {
    const bundle = store[lng]?.[ns];
    if (count !== undefined) {
      const plural = lookup(bundle, `${key}_${pluralCategory(lng, count)}`) ?? lookup(bundle, `${key}_other`);
      if (typeof plural === "string") return plural;
    }
    const found = lookup(bundle, key);
    return typeof found === "string" ? found : undefined;
  }

  const translator: Translations = {
    language: "",
    getFixedT(lng, ns = i18nConfig.defaultNS) {
      return (key, options) => {
        const language = lng ?? translator.language;
        const split = key.indexOf(":");
        const namespace = split > 0 ? key.slice(0, split) : (options?.ns ?? ns);
        const path = split > 0 ? key.slice(split + 1) : key;
        const text =
          find(language, namespace, path, options?.count) ??
          (language === fallback ? undefined : find(fallback, namespace, path, options?.count)) ??
          options?.defaultValue ??
          path;
        return interpolate(text, options);
      };
    },
    hasResourceBundle: (lng, ns) => store[lng]?.[ns] !== undefined,
    addResourceBundle(lng, ns, bundle) {
      (store[lng] ??= {})[ns] = { ...store[lng][ns], ...bundle };
    },
    async changeLanguage(lng) {
      if (translator.language === lng) return;
      translator.language = lng;
      for (const listener of listeners) listener(lng);
    },
    on: (_event, listener) => listeners.add(listener),
    off: (_event, listener) => listeners.delete(listener),
  };
  return translator;
}
