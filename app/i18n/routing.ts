/**
 * The URL decides the language: the first path segment. Cookies and Accept-Language
 * only choose where `/` redirects (app/routes/_index.tsx).
 */
import { DEFAULT_FALLBACK, LANGUAGE_IDS, SOURCE_LANG, matchLang, type Lang } from "./languages";

export const LANG_COOKIE = "lang";

export function langFromPath(pathname: string): Lang {
  const first = pathname.split("/")[1];
  return matchLang(safeDecode(first)) ?? SOURCE_LANG;
}

function safeDecode(s: string | undefined) {
  if (!s) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/** Best supported language for an Accept-Language header (q-values honoured, zh-* → zh-Hans). */
export function negotiateLanguage(header: string | null | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.tag && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    const exact = LANGUAGE_IDS.find((id) => id.toLowerCase() === tag);
    if (exact) return exact;
    const primary = tag.split("-")[0];
    // Traditional-script Chinese readers still prefer Simplified over Vietnamese here,
    // since zh-Hans is the only Chinese we publish.
    if (primary === "zh") return "zh-Hans";
    const byPrimary = LANGUAGE_IDS.find((id) => id.toLowerCase().split("-")[0] === primary);
    if (byPrimary) return byPrimary;
  }
  return undefined;
}

export function langFromCookie(cookieHeader: string | null | undefined): Lang | undefined {
  if (!cookieHeader) return undefined;
  for (const pair of cookieHeader.split(";")) {
    const [name, ...rest] = pair.trim().split("=");
    if (name === LANG_COOKIE) return matchLang(rest.join("="));
  }
  return undefined;
}

/** Fallback order from CONTENT_FALLBACK (e.g. "en,vi"); invalid entries are ignored. */
export function parseFallbackOrder(value: string | undefined): Lang[] {
  if (!value) return [...DEFAULT_FALLBACK];
  const order = value
    .split(",")
    .map((s) => matchLang(s.trim()))
    .filter((l): l is Lang => !!l);
  return order.length ? order : [...DEFAULT_FALLBACK];
}

/**
 * A site path in a language: `href("ja", "/news/x")` → `/ja/news/x`, `href("ja", "/")` and
 * `href("ja")` → `/ja`, `href("ja", "/news?page=2")` → `/ja/news?page=2`. The one place a
 * language prefix is written; loaders, meta, redirects and the sitemap call it, and
 * components link through the `Link` of ./link, which calls it. Segments taken from
 * content (slugs) are the caller's to encode.
 */
export function href(lang: Lang, path = ""): string {
  const tail = path.replace(/^\/+/, "");
  if (!tail) return `/${lang}`;
  return /^[?#]/.test(tail) ? `/${lang}${tail}` : `/${lang}/${tail}`;
}
