/** An article (news or press release) in the reader's language, or the fallback with a notice. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/i18n/use-translation";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { ContentImage } from "~/components/ContentImage";
import { FallbackNotice } from "~/components/FallbackNotice";
import { StaleTranslationNotice } from "~/components/StaleTranslationNotice";
import { PortableTextBody } from "~/components/PortableTextBody";
import { SourceList } from "~/components/SourceList";
import { withImageViews } from "~/content/images.server";
import { loadQuery } from "~/content/load.server";
import { ARTICLE_QUERY } from "~/content/queries";
import { mapShown } from "~/content/translations";
import { formatDate } from "~/i18n/format";
import { Link } from "~/i18n/link";
import { getFixedT } from "~/i18n/i18next.server";
import { publicOrigin, requireLang } from "~/i18n/locale.server";
import { documentPage, requireSlug } from "~/pages/document-page.server";
import { translationNotice } from "~/pages/translation-notice.server";
import { newsArticleLd } from "~/press/news-article-ld";
import { jsonLdText } from "~/utils/json-ld";
import { cacheHeaders } from "~/utils/cache";
import { pageMeta } from "~/utils/meta";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang, chain } = requireLang({ params, request });
  const slug = requireSlug(params.slug);
  const result = await loadQuery(ARTICLE_QUERY, { slug, lang });
  const { shown, languages } = documentPage(result, { lang, chain, slug, section: "news" });
  const notice = translationNotice(shown, "news");
  const article = mapShown(notice.shown, (v) => withImageViews(v));
  const a = article.value;
  const t = getFixedT(lang);
  // Structured data for search engines, in the language of the text shown (a fallback's own).
  const jsonLd = jsonLdText(
    newsArticleLd({
      origin: publicOrigin(request),
      lang: article.lang,
      slug: a.slug,
      title: a.title,
      excerpt: a.excerpt,
      publishedAt: a.publishedAt,
      updatedAt: a._updatedAt,
      image: a.mainImage?.src,
      kindLabel: a.kind ? t(`news.kind.${a.kind}`) : null,
      tags: a.tags,
      publisher: t("meta.siteName"),
    }),
  );
  return { lang, article, stale: notice.stale, languages, jsonLd };
}

export const headers = cacheHeaders("page");

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.article.value.title, data?.article.value.excerpt, { type: "article" });

export default function ArticlePage() {
  const { lang, article, stale, jsonLd } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const a = article.value;
  return (
    <article className="article">
      {/* A data block, not a script: escaped by jsonLdText, needs no CSP hash. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <div className="container">
        <header className="article__header">
          <Breadcrumbs trail={[{ to: "/news", label: t("nav.news") }]} />
          {article.isFallback ? <FallbackNotice requested={lang} shown={article.lang} /> : null}
          {stale ? <StaleTranslationNotice lang={lang} {...stale} /> : null}
          <p className="eyebrow">{a.kind ? t(`news.kind.${a.kind}`) : t("nav.news")}</p>
          <h1 className="article__title" lang={article.isFallback ? article.lang : undefined}>
            {a.title}
          </h1>
          {a.publishedAt ? (
            <p className="article__meta">
              <time dateTime={a.publishedAt}>{t("news.published", { date: formatDate(lang, a.publishedAt) })}</time>
            </p>
          ) : null}
        </header>
        <div className="article__content" lang={article.isFallback ? article.lang : undefined}>
          {a.excerpt ? <p className="lead">{a.excerpt}</p> : null}
          <ContentImage
            image={a.mainImage}
            className="article__media"
            sizes="(min-width: 48rem) 44rem, 100vw"
            priority
          />
          <PortableTextBody html={a.body} />
        </div>
        <SourceList sources={a.sources} lang={lang} />
        <p>
          <Link to="/news">← {t("news.backToList")}</Link>
        </p>
      </div>
    </article>
  );
}
