/**
 * One i18next instance per process; each request gets a clone with its language
 * (about 1.9× the throughput of a fresh instance per request, docs/decisions/0006).
 */
import { createInstance, type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { i18nConfig, type Namespace } from "./config";
import type { Lang } from "./languages";
import { resources } from "./resources.server";

const root = createInstance();
void root.use(initReactI18next).init({ ...i18nConfig, lng: "vi", resources });

export function i18nForRequest(lang: Lang): I18n {
  return root.cloneInstance({ lng: lang, initImmediate: false });
}

/** A translator for loaders (page titles, download headers, validation messages). */
export function getFixedT(lang: Lang, ns: Namespace = "common") {
  return root.getFixedT(lang, ns);
}
