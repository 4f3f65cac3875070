/**
 * The `meta` of every page: title and description, plus Open Graph and Twitter cards
 * (og:url is the absolute canonical, og:locale the page's language with its real
 * translations as og:locale:alternate, og:image the language's 1200×630 share image).
 * Reads the site's name, origin and share image from the root loader and the canonical
 * path and languages from the deepest route that returns `languages`; the shapes are
 * read structurally, since utils/ imports nothing of the app.
 */
import type { MetaDescriptor } from "@remix-run/node";

interface MatchLike {
  id: string;
  data: unknown;
}

interface RootLike {
  lang?: string;
  siteName?: string;
  description?: string;
  origin?: string;
  share?: { image: string; width: number; height: number; alt: string };
}

interface LanguagesLike {
  path: string;
  available: readonly string[];
}

/** A BCP 47 tag as Open Graph writes a locale: `vi` → `vi_VN`, `zh-Hans` → `zh_CN` (likely subtags, not a table). */
export function ogLocale(tag: string): string {
  try {
    const locale = new Intl.Locale(tag).maximize();
    return locale.region ? `${locale.language}_${locale.region}` : locale.language;
  } catch {
    return tag;
  }
}

export interface PageMetaOptions {
  /** `article` for news articles; `website` otherwise. */
  type?: "website" | "article";
  /** A JSON-LD object, rendered by Remix as `<script type="application/ld+json">` with `<`, `>`, `&` escaped. */
  jsonLd?: Record<string, unknown>;
}

export function pageMeta(
  matches: readonly MatchLike[],
  title: string | undefined,
  description?: string | null,
  options: PageMetaOptions = {},
): MetaDescriptor[] {
  const root = matches.find((m) => m.id === "root")?.data as RootLike | undefined;
  const siteName = root?.siteName ?? "Hậu Giang";
  const fullTitle = title ? `${title} · ${siteName}` : siteName;
  const text = description || root?.description;
  let languages: LanguagesLike | undefined;
  for (let i = matches.length - 1; i >= 0 && !languages; i--) {
    languages = (matches[i].data as { languages?: LanguagesLike } | undefined)?.languages;
  }
  const origin = root?.origin ?? "";
  const lang = root?.lang;
  const share = root?.share;
  return [
    { title: fullTitle },
    ...(description ? [{ name: "description", content: description }] : []),
    { property: "og:type", content: options.type ?? "website" },
    { property: "og:site_name", content: siteName },
    { property: "og:title", content: title ?? siteName },
    ...(text ? [{ property: "og:description", content: text }] : []),
    ...(languages && origin ? [{ property: "og:url", content: origin + languages.path }] : []),
    ...(lang ? [{ property: "og:locale", content: ogLocale(lang) }] : []),
    ...(languages?.available ?? [])
      .filter((l) => l !== lang)
      .map((l) => ({ property: "og:locale:alternate", content: ogLocale(l) })),
    ...(share
      ? [
          { property: "og:image", content: share.image },
          { property: "og:image:type", content: "image/png" },
          { property: "og:image:width", content: String(share.width) },
          { property: "og:image:height", content: String(share.height) },
          { property: "og:image:alt", content: share.alt },
        ]
      : []),
    { name: "twitter:card", content: "summary_large_image" },
    { name: "twitter:title", content: title ?? siteName },
    ...(text ? [{ name: "twitter:description", content: text }] : []),
    ...(share
      ? [
          { name: "twitter:image", content: share.image },
          { name: "twitter:image:alt", content: share.alt },
        ]
      : []),
    ...(options.jsonLd ? [{ "script:ld+json": options.jsonLd }] : []),
  ];
}
