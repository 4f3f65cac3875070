/**
 * UI-string overrides staff make in the Studio (`uiStringOverride` documents) over the
 * base strings in locales/. One set of rules, pure and without server imports, so the
 * Studio's validation refuses exactly what the site ignores: an unknown language,
 * namespace or key, a key that is a group rather than a string, and a value whose
 * `{{placeholders}}` differ from the base string's (a missing one loses a figure, an
 * extra one prints the braces). Plural forms are whole keys (`count_one`), as in the
 * base files, so each form is overridden on its own.
 */
import { NAMESPACES, type Namespace } from "./config";
import { isLang, type Lang } from "./languages";

export { NAMESPACES, type Namespace };

/** The base strings as locales/<lang>/<ns>.json hold them (nested objects, `.` between levels). */
export type BaseStrings = Readonly<Record<Lang, Readonly<Record<Namespace, unknown>>>>;

/** What the site's query and the Studio document give (fields may be missing in a draft). */
export interface UiStringOverride {
  language?: string | null;
  namespace?: string | null;
  key?: string | null;
  value?: string | null;
}

/** A checked override: every field present and known. */
export interface ValidOverride {
  language: Lang;
  namespace: Namespace;
  key: string;
  value: string;
}

export function isNamespace(value: unknown): value is Namespace {
  return typeof value === "string" && (NAMESPACES as readonly string[]).includes(value);
}

/** The base string at a dotted key (i18next's default key separator), or undefined for a missing key or a group. */
export function baseString(base: BaseStrings, lang: Lang, ns: Namespace, key: string): string | undefined {
  let node: unknown = base[lang][ns];
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** The distinct interpolation names of a string (`{{count}}`, `{{date, datetime}}` → count, date), sorted. */
export function placeholders(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/\{\{\s*([^},\s]+)\s*(?:,[^}]*)?\}\}/g)) names.add(match[1]!);
  return [...names].sort();
}

/** Why an override cannot be used, in words for an editor; undefined when it is valid. */
export function overrideProblem(override: UiStringOverride, base: BaseStrings): string | undefined {
  const { language, namespace, key, value } = override;
  if (!isLang(language)) return `unknown language "${language ?? ""}"`;
  if (!isNamespace(namespace)) return `unknown namespace "${namespace ?? ""}"`;
  if (!key) return "no key";
  const original = baseString(base, language, namespace, key);
  if (original === undefined) return `unknown key "${key}" in ${language}/${namespace}.json`;
  if (typeof value !== "string" || value.trim() === "") return "no value";
  const expected = placeholders(original);
  const given = placeholders(value);
  const missing = expected.filter((p) => !given.includes(p));
  const extra = given.filter((p) => !expected.includes(p));
  if (missing.length || extra.length) {
    const parts = [
      missing.length ? `missing ${missing.map((p) => `{{${p}}}`).join(", ")}` : "",
      extra.length ? `unknown ${extra.map((p) => `{{${p}}}`).join(", ")}` : "",
    ].filter(Boolean);
    return `placeholders must be exactly those of the base string (${expected.map((p) => `{{${p}}}`).join(", ") || "none"}): ${parts.join("; ")}`;
  }
  // An unbalanced brace would be printed as is.
  const count = (pattern: RegExp) => value.match(pattern)?.length ?? 0;
  if (count(/\{\{/g) !== count(/\}\}/g)) return "unbalanced {{ }} in the value";
  return undefined;
}

/** The valid overrides per language and namespace; each invalid one is reported once through `warn`. */
export function validOverrides(
  overrides: readonly UiStringOverride[],
  base: BaseStrings,
  warn: (line: string) => void,
): ValidOverride[] {
  const valid: ValidOverride[] = [];
  for (const override of overrides) {
    const problem = overrideProblem(override, base);
    if (problem) {
      warn(
        `[ui-strings] override ${override.language ?? "?"} · ${override.namespace ?? "?"}:${override.key ?? "?"} ignored: ${problem}`,
      );
    } else valid.push(override as ValidOverride);
  }
  // Sorted, so the same overrides give the same strings version whatever order the query returns.
  return valid.sort((a, b) =>
    `${a.language}\u0000${a.namespace}\u0000${a.key}`.localeCompare(`${b.language}\u0000${b.namespace}\u0000${b.key}`),
  );
}

/** A namespace's strings with the overrides set, copying only the objects on the overrides' paths. */
export function mergeNamespace(strings: unknown, overrides: readonly Pick<ValidOverride, "key" | "value">[]): unknown {
  if (!overrides.length) return strings;
  const root = { ...(strings as Record<string, unknown>) };
  for (const { key, value } of overrides) {
    const parts = key.split(".");
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node[part] = { ...(node[part] as Record<string, unknown>) };
      node = node[part] as Record<string, unknown>;
    }
    node[parts.at(-1)!] = value;
  }
  return root;
}
