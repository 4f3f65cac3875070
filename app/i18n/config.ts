/** i18next options shared by the server and the browser (no server imports here). */
import type { InitOptions } from "i18next";
import { LANGUAGE_IDS, SOURCE_LANG } from "./languages";

/** One file per namespace in locales/<lang>/; `common` is the default. */
export const NAMESPACES = ["common", "investment", "economy", "inquiry", "prospectus"] as const;
export type Namespace = (typeof NAMESPACES)[number];

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
