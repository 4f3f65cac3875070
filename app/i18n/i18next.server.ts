/**
 * One i18next instance per process; each request gets a clone with its language
 * (about 1.9× the throughput of a fresh instance per request, docs/decisions/0006).
 *
 * Staff's UI-string overrides (app/i18n/overrides.ts) are a per-version overlay: for each
 * distinct set of valid overrides, one fork of that instance whose resource data shares
 * every untouched namespace with the base and holds a merged copy of the overridden ones.
 * A request is pinned to one overlay (AsyncLocalStorage, set by `withUiStrings` in
 * app/content/ui-strings.server.ts), so its loaders, its render and the strings version it
 * gives the browser agree even when staff publish mid-request.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import { createInstance, type i18n as I18n, type Resource } from "i18next";
import { initReactI18next } from "react-i18next";
import { i18nConfig, type Namespace } from "./config";
import type { Lang } from "./languages";
import { mergeNamespace, type ValidOverride } from "./overrides";
import { resources } from "./resources";
import { stringsVersion as baseVersion } from "./strings-version.server";

const root = createInstance();
void root.use(initReactI18next).init({ ...i18nConfig, lng: "vi", resources });

/** The UI strings a request renders with: base strings plus one set of overrides. */
export interface UiStrings {
  readonly instance: I18n;
  /** Changes with the base strings (deploy) and with the overrides (publish): the `?v=` of /locales. */
  readonly version: string;
  /** What /locales/:lang/:ns.json serves. */
  namespace(lang: Lang, ns: Namespace): unknown;
  /** The overrides these strings apply (what `uiStringsWith` was given): a worker thread rebuilds the same strings from them. */
  readonly overrides: readonly ValidOverride[];
}

export const baseStrings: UiStrings = {
  instance: root,
  version: baseVersion,
  namespace: (lang, ns) => resources[lang][ns],
  overrides: [],
};

/** The strings with these (valid, sorted) overrides; the base itself when there are none. */
export function uiStringsWith(overrides: readonly ValidOverride[]): UiStrings {
  if (!overrides.length) return baseStrings;
  // A shallow copy per language: the fork's store writes into these objects, never the base's.
  const data: Resource = {};
  for (const [lang, namespaces] of Object.entries(resources)) data[lang] = { ...namespaces };
  const touched = new Map<string, ValidOverride[]>();
  for (const o of overrides)
    touched.set(`${o.language}/${o.namespace}`, [...(touched.get(`${o.language}/${o.namespace}`) ?? []), o]);
  for (const list of touched.values()) {
    const { language, namespace } = list[0]!;
    data[language]![namespace] = mergeNamespace(resources[language][namespace], list) as Resource[string][string];
  }
  const fork = root.cloneInstance({ forkResourceStore: true, initImmediate: false });
  fork.store.data = data;
  const version = createHash("sha256")
    .update(baseVersion)
    .update(JSON.stringify(overrides.map((o) => [o.language, o.namespace, o.key, o.value])))
    .digest("hex")
    .slice(0, 12);
  return {
    instance: fork,
    version,
    namespace: (lang, ns) => data[lang]![ns],
    overrides,
  };
}

const pinned = new AsyncLocalStorage<UiStrings>();

/** Runs a request with these strings (outside any request: the base strings). */
export function runWithUiStrings<T>(strings: UiStrings, handle: () => T): T {
  return pinned.run(strings, handle);
}

/** The strings of the current request. */
export function currentUiStrings(): UiStrings {
  return pinned.getStore() ?? baseStrings;
}

/**
 * The instance a request renders with: a clone in its language, made once per set of strings
 * and language (the server never changes a clone's language or resources, so requests share it).
 */
export function i18nForRequest(lang: Lang): I18n {
  const { instance } = currentUiStrings();
  let byLang = clones.get(instance);
  if (!byLang) clones.set(instance, (byLang = new Map()));
  let clone = byLang.get(lang);
  if (!clone) byLang.set(lang, (clone = instance.cloneInstance({ lng: lang, initImmediate: false })));
  return clone;
}
const clones = new WeakMap<I18n, Map<Lang, I18n>>();

type FixedT = ReturnType<I18n["getFixedT"]>;
const fixedTs = new WeakMap<I18n, Map<string, FixedT>>();

/** A translator for loaders (page titles, download headers, validation messages); one per strings, language and namespace. */
export function getFixedT(lang: Lang, ns: Namespace = "common") {
  const { instance } = currentUiStrings();
  let byKey = fixedTs.get(instance);
  if (!byKey) fixedTs.set(instance, (byKey = new Map()));
  let t = byKey.get(`${lang}|${ns}`);
  if (!t) byKey.set(`${lang}|${ns}`, (t = instance.getFixedT(lang, ns)));
  return t;
}
