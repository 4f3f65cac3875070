/**
 * JSON-LD (schema.org NewsArticle) for an article page. The page writes it with
 * `jsonLdText` (app/utils/json-ld.ts), the one escaping of JSON in a script element.
 */
import type { Lang } from "~/i18n/languages";
import { href } from "~/i18n/routing";

export interface NewsArticleInput {
  origin: string;
  /** The language of the text (a fallback version's own language). */
  lang: Lang;
  slug: string;
  title: string;
  excerpt?: string | null;
  publishedAt?: string | null;
  updatedAt?: string | null;
  /** Absolute or root-relative URL of the main image. */
  image?: string | null;
  kindLabel?: string | null;
  tags?: readonly string[] | null;
  publisher: string;
}

/** A plain object (serialise with `jsonLdText`); the URL is the version's own, in its language. */
export function newsArticleLd(a: NewsArticleInput): Record<string, unknown> {
  const url = a.origin + href(a.lang, `/news/${encodeURIComponent(a.slug)}`);
  const absolute = (u: string) => (/^https?:\/\//.test(u) ? u : a.origin + u);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.title,
    ...(a.excerpt ? { description: a.excerpt } : {}),
    inLanguage: a.lang,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    ...(a.publishedAt ? { datePublished: a.publishedAt } : {}),
    ...(a.updatedAt || a.publishedAt ? { dateModified: a.updatedAt ?? a.publishedAt } : {}),
    ...(a.image ? { image: [absolute(a.image)] } : {}),
    ...(a.kindLabel ? { articleSection: a.kindLabel } : {}),
    ...(a.tags?.length ? { keywords: a.tags.join(", ") } : {}),
    isAccessibleForFree: true,
    publisher: {
      "@type": "Organization",
      name: a.publisher,
      logo: { "@type": "ImageObject", url: `${a.origin}/media-kit/hau-giang-mark-512.png`, width: 512, height: 512 },
    },
  };
}
