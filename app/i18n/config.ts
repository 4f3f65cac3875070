/** i18next options shared by the server and the browser (no server imports here). */
import type { InitOptions } from "i18next";
import { LANGUAGE_IDS, SOURCE_LANG } from "./languages";

/** One file per namespace in locales/<lang>/; `common` is the default. */
export const NAMESPACES = [
  "common",
  "investment",
  "economy",
  "inquiry",
  "prospectus",
  "showcase",
  "search",
  "events",
  "press",
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/**
 * What a route module exports to name the namespaces its page uses beyond `common`
 * (remix-i18next's convention, docs/decisions/0006): `export const handle = { i18n: ["investment"] }`.
 * A page loads the namespaces of its matched routes, no others.
 */
export interface I18nHandle {
  i18n?: Namespace | readonly Namespace[];
}

/** The namespaces the matched routes' handles declare: `common` first, each once, unknown names dropped. */
export function routeNamespaces(handles: readonly unknown[]): Namespace[] {
  const found = new Set<Namespace>(["common"]);
  for (const handle of handles) {
    const declared = (handle as I18nHandle | undefined)?.i18n;
    for (const ns of typeof declared === "string" ? [declared] : Array.isArray(declared) ? declared : []) {
      if ((NAMESPACES as readonly string[]).includes(ns)) found.add(ns);
    }
  }
  return [...found];
}

export const i18nConfig = {
  supportedLngs: [...LANGUAGE_IDS],
  // Every language has every key (tests/unit/locales.test.ts); the fallback only guards
  // against a key added in a hurry.
  fallbackLng: "en",
  defaultNS: "common",
  ns: [...NAMESPACES],
  load: "currentOnly",
  lowerCaseLng: false,
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
  returnNull: false,
  initImmediate: false,
} satisfies InitOptions & { returnNull?: boolean };

export { SOURCE_LANG };
